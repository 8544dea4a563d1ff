package org.salwhub.meetings.api;

import java.util.List;
import java.util.UUID;

/**
 * An agenda item: its number (e.g. "5" or "5 (b)"), title, whether it covers international cooperation and
 * assistance, and its speakers (registry persons).
 */
public record AgendaItemDetails(String number, String title, boolean cooperationAndAssistance, List<UUID> speakers) {
    public AgendaItemDetails {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }
}
