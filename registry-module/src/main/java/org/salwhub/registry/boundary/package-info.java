/** Where the registry's transactions begin. */
package org.salwhub.registry.boundary;
