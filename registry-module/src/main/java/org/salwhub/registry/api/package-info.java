/**
 * What other modules and the web layer may use of the registry: the
 * {@link org.salwhub.registry.api.RegistryFacade}, typed IDs and immutable views.
 */
package org.salwhub.registry.api;
