/** Web pages (PrimeFaces view beans) for the registry feature: adapters that call the registry facades and ask their views what the reader may do. */
package org.salwhub.web.ui.registry;
