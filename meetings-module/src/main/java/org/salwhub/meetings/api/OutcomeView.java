package org.salwhub.meetings.api;

import java.util.List;

/** A recommendation or decision of a meeting, with its follow-up actions. */
public record OutcomeView(OutcomeId id, MeetingId meeting, OutcomeKind kind, String reference, String text,
                          List<FollowUpView> actions, long version) {
    public OutcomeView {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
