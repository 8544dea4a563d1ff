/** Web pages (PrimeFaces view beans) for the meetings feature: adapters that call the meetings facades and ask their views what the reader may do. */
package org.salwhub.web.ui.meetings;
