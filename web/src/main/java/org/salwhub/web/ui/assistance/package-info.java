/** Web pages (PrimeFaces view beans) for the assistance feature: adapters that call the assistance facades and ask their views what the reader may do. */
package org.salwhub.web.ui.assistance;
