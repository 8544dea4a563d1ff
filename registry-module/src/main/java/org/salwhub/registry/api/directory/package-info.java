/**
 * The focal-point directory as other modules and the web layer use it: who
 * speaks for each State, in which role, since when, and how recently confirmed.
 */
package org.salwhub.registry.api.directory;
