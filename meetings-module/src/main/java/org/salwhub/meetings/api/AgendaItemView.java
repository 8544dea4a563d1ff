package org.salwhub.meetings.api;

/** An agenda item as shown. */
public record AgendaItemView(AgendaItemId id, SessionId session, AgendaItemDetails details, long version) {
}
