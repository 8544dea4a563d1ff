/** Web REST resources and their JSON for the assistance feature: adapters that call the assistance facades and ask their views what the reader may do. */
package org.salwhub.web.rest.assistance;
