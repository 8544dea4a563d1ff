/** Web REST resources and their JSON for the meetings feature: adapters that call the meetings facades and ask their views what the reader may do. */
package org.salwhub.web.rest.meetings;
