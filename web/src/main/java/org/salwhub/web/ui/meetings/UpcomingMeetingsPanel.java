package org.salwhub.web.ui.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;

/** The dashboard's next meetings: the five coming soonest that are neither drafts nor cancelled. */
@Named
@RequestScoped
public class UpcomingMeetingsPanel {

    static final int SHOWN = 5;

    @Inject
    MeetingsFacade meetings;

    private List<MeetingView> upcoming;

    public List<MeetingView> getUpcoming() {
        if (upcoming == null) {
            upcoming = meetings.meetings(new MeetingQuery(Instant.now(), null, null, null)).stream()
                    .filter(m -> m.status() != MeetingStatus.DRAFT && m.status() != MeetingStatus.CANCELLED)
                    .limit(SHOWN).toList();
        }
        return upcoming;
    }
}
