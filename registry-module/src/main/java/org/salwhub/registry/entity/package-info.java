/** The registry's persistent aggregates. Internal to the module. */
package org.salwhub.registry.entity;
