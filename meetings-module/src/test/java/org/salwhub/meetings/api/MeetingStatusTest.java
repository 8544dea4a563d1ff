package org.salwhub.meetings.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MeetingStatusTest {

    @Test
    void theHappyPathRunsFromDraftToPublishedOutcome() {
        MeetingStatus[] path = {MeetingStatus.DRAFT, MeetingStatus.ANNOUNCED, MeetingStatus.REGISTRATION_OPEN,
                MeetingStatus.REGISTRATION_CLOSED, MeetingStatus.IN_SESSION, MeetingStatus.CONCLUDED,
                MeetingStatus.OUTCOME_PUBLISHED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertTrue(path[i].mayMoveTo(path[i + 1]), path[i] + " -> " + path[i + 1]);
            for (int j = i + 2; j < path.length; j++) {
                assertFalse(path[i].mayMoveTo(path[j]), "no skipping " + path[i] + " -> " + path[j]);
            }
        }
    }

    @Test
    void onlyMeetingsNotYetHeldArePostponedOrCancelled() {
        for (MeetingStatus s : EnumSet.of(MeetingStatus.ANNOUNCED, MeetingStatus.REGISTRATION_OPEN,
                MeetingStatus.REGISTRATION_CLOSED)) {
            assertTrue(s.mayMoveTo(MeetingStatus.POSTPONED) && s.mayMoveTo(MeetingStatus.CANCELLED), s.name());
        }
        assertFalse(MeetingStatus.CONCLUDED.mayMoveTo(MeetingStatus.CANCELLED));
        assertTrue(MeetingStatus.CANCELLED.next().isEmpty());
        assertTrue(MeetingStatus.OUTCOME_PUBLISHED.next().isEmpty());
        assertTrue(MeetingStatus.POSTPONED.mayMoveTo(MeetingStatus.ANNOUNCED));
        assertTrue(MeetingStatus.CANCELLED.needsReason() && MeetingStatus.POSTPONED.needsReason());
    }
}
