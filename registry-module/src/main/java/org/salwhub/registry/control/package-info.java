/** The registry's procedural logic. */
package org.salwhub.registry.control;
