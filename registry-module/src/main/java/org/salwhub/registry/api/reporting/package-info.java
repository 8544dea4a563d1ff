/**
 * National reporting as other modules and the web layer use it: the biennial reporting cycles of the
 * Programme of Action, each State's PoA and ITI reports in a cycle, the assistance needs a report declares
 * (which the assistance module turns into draft needs), and the reporting rate of the member States.
 */
package org.salwhub.registry.api.reporting;
