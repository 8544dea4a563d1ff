/** Web pages (PrimeFaces view beans) for the fellowships feature: adapters that call the fellowships facades and ask their views what the reader may do. */
package org.salwhub.web.ui.fellowships;
