package org.salwhub.web.ui.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.ui.ViewerZone;

/**
 * The calendar of meetings (month, week and list views) in the viewer's time zone, each meeting's own zone shown
 * beside it, and the list of coming meetings. Right to left in Arabic.
 */
@Named
@ViewScoped
public class MeetingsCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingsFacade meetings;

    @Inject
    ViewerZone viewer;

    @Inject
    LanguageSelection language;

    private List<MeetingView> all = List.of();
    private String zone;
    private LocalDate initialDate;
    private boolean mineOnly;

    @PostConstruct
    void load() {
        zone = viewer.getId();
        all = meetings.meetings(new MeetingQuery(Instant.now().minus(400, ChronoUnit.DAYS), null, null, null));
        initialDate = all.stream().filter(m -> m.endsAt().isAfter(Instant.now())).findFirst()
                .map(m -> m.startIn(viewer.getZone()).toLocalDate()).orElse(LocalDate.now());
    }

    /** The schedule's events: instants given in UTC, shown by the widget in the viewer's zone. */
    public ScheduleModel getModel() {
        DefaultScheduleModel model = new DefaultScheduleModel();
        Locale locale = language.getLocale();
        for (MeetingView m : shown()) {
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(m.id().toString())
                    .title(m.details().title().in(locale))
                    .startDate(m.startsAt().atOffset(ZoneOffset.UTC).toLocalDateTime())
                    .endDate(m.endsAt().atOffset(ZoneOffset.UTC).toLocalDateTime())
                    .url("meeting.xhtml?id=" + m.id())
                    .styleClass("meeting-event meeting-" + m.details().type().name().toLowerCase(Locale.ROOT)
                            + (m.status() == MeetingStatus.CANCELLED ? " meeting-cancelled" : ""))
                    .description(m.details().city() == null ? "" : m.details().city())
                    .build());
        }
        return model;
    }

    public List<MeetingView> getUpcoming() {
        Instant now = Instant.now();
        return shown().stream().filter(m -> m.endsAt().isAfter(now)).toList();
    }

    private List<MeetingView> shown() {
        if (!mineOnly) {
            return all;
        }
        List<String> mine = meetings.myMeetings().stream().map(m -> m.id().toString()).toList();
        return all.stream().filter(m -> mine.contains(m.id().toString())).toList();
    }

    /** The viewer's zone, the meetings' zones and common ones. */
    public List<String> getZones() {
        TreeSet<String> zones = new TreeSet<>(viewer.getCommon());
        zones.add(viewer.getId());
        all.forEach(m -> zones.add(m.details().zone()));
        return new ArrayList<>(zones);
    }

    public void chooseZone() {
        viewer.choose(zone);
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }
}
