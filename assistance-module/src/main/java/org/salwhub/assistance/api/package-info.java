/** What other modules and the web layer may use of the assistance module. Built in its own issue. */
package org.salwhub.assistance.api;
