/** Internal to the meetings module. */
package org.salwhub.meetings.boundary;
