package org.salwhub.fellowship.api;

import java.time.LocalDate;
import java.util.UUID;

/** An alumni follow-up due 6 or 12 months after the cohort; {@code recordedOn} once answered. */
public record FellowshipFollowUpView(UUID id, NominationId nominationId, CallId callId, String fellowName,
                                     UUID stateId, int months, LocalDate dueOn, LocalDate recordedOn,
                                     FellowshipFollowUpEntry entry, long version) {
}
