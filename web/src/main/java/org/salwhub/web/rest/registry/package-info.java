/** Web REST resources and their JSON for the registry feature: adapters that call the registry facades and ask their views what the reader may do. */
package org.salwhub.web.rest.registry;
