/**
 * What other contexts and the web layer may use of the fellowship programme: {@link
 * org.salwhub.fellowship.api.FellowshipFacade}, its records, typed IDs and permissions. The fellowship context lives
 * in the assistance module's jar but is a context of its own: it uses only the registry's api and its own packages.
 */
package org.salwhub.fellowship.api;
