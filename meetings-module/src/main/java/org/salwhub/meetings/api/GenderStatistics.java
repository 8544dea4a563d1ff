package org.salwhub.meetings.api;

import java.util.Map;
import java.util.UUID;
import org.salwhub.registry.api.directory.Sex;

/**
 * Approved participants counted by sex, for the meeting and per State delegation (the outcome documents ask for
 * participation disaggregated by sex).
 */
public record GenderStatistics(MeetingId meeting, Map<Sex, Long> total, Map<UUID, Map<Sex, Long>> byDelegation) {
    public GenderStatistics {
        total = Map.copyOf(total);
        byDelegation = Map.copyOf(byDelegation);
    }
}
