/** What other modules and the web layer may use of the meetings module. Built in its own issue. */
package org.salwhub.meetings.api;
