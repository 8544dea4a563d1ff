/** The application's one clock: every module reads the time through an injected {@link java.time.Clock}. */
package org.salwhub.web.time;
