package org.salwhub.web.ui.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.ViewerZone;

/**
 * Staff plan meetings: create or edit one (wall-clock times in the meeting's zone), add sessions and agenda items,
 * generate the meetings of a PoA cycle, and read the conflict report. {@code ?id=<meeting>} edits that meeting.
 */
@Named
@ViewScoped
public class MeetingPlanner implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "plannerForm";

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    private String id;
    private long version;
    private MeetingType type = MeetingType.WORKSHOP;
    private String titleEn;
    private String titleFr;
    private String titleAr;
    private Integer ordinal;
    private String series;
    private LocalDateTime start = LocalDate.now().plusMonths(2).atTime(9, 0);
    private LocalDateTime end = LocalDate.now().plusMonths(2).atTime(17, 0);
    private String zone = "Africa/Nairobi";
    private String room;
    private String city;
    private String countryIso;
    private String onlineLink;
    private List<String> languages = new ArrayList<>(List.of("en", "fr", "ar"));
    private boolean interpretation;
    private String organiser;
    private LocalDate chairDeadline;
    private LocalDate registrationDeadline;
    private LocalDate documentsDeadline;
    private Integer capacity;
    private String topics;
    private String related;
    private java.util.UUID chair;

    private List<SessionView> sessions = List.of();
    private String sessionTitle;
    private LocalDateTime sessionStart;
    private LocalDateTime sessionEnd;
    private String sessionRoom;
    private String itemSession;
    private String itemNumber;
    private String itemTitle;
    private boolean itemCooperation;

    private int cycleYear = LocalDate.now().getYear() + 1;
    private int cycleBms = 1;
    private int cycleRevCon = 1;
    private String cycleZone = "America/New_York";
    private String cycleCity = "New York";
    private String cycleRoom = "Conference Room 4";
    private List<MeetingView> generated = List.of();

    private List<ConflictView> conflicts;

    public void load() {
        if (id == null) {
            return;
        }
        meetings.meeting(MeetingId.of(id)).ifPresent(m -> {
            MeetingDetails d = m.details();
            version = m.version();
            type = d.type();
            titleEn = d.title().en();
            titleFr = d.title().fr();
            titleAr = d.title().ar();
            ordinal = d.ordinal();
            series = d.series();
            start = d.start();
            end = d.end();
            zone = d.zone();
            room = d.room();
            city = d.city();
            countryIso = d.venueCountry() == null ? null : registry.state(new org.salwhub.registry.api.StateId(
                    d.venueCountry())).map(StateView::iso2).orElse(null);
            onlineLink = d.onlineLink();
            languages = new ArrayList<>(d.languages());
            interpretation = d.interpretation();
            organiser = d.organiser() == null ? null : d.organiser().toString();
            chairDeadline = d.chairNominationDeadline();
            registrationDeadline = d.registrationDeadline();
            documentsDeadline = d.documentsDeadline();
            capacity = d.capacity();
            topics = String.join("\n", d.topics());
            related = d.relatedMeeting() == null ? null : d.relatedMeeting().toString();
            chair = d.chair();
            sessions = meetings.sessions(m.id());
            sessionStart = start;
            sessionEnd = start.toLocalDate().atTime(LocalTime.of(13, 0));
        });
    }

    private MeetingDetails details() {
        UUID country = countryIso == null ? null
                : registry.stateByIsoCode(countryIso).map(s -> s.id().value()).orElse(null);
        return new MeetingDetails(type, new LocalizedText(titleEn == null ? "" : titleEn, titleFr, titleAr), ordinal,
                series, start, end, zone, room, city, country, onlineLink, languages, interpretation,
                organiser == null ? null : UUID.fromString(organiser), chair, chairDeadline, registrationDeadline,
                documentsDeadline, capacity, topics == null || topics.isBlank() ? List.of()
                : Arrays.stream(topics.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                related == null ? null : MeetingId.of(related));
    }

    public String save() {
        if (titleEn == null || titleEn.isBlank()) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, FORM + ":titleEn",
                    Messages.text(Messages.currentLocale(), "error.required"));
            return null;
        }
        MeetingView[] saved = new MeetingView[1];
        boolean ok = errors.attempt(() -> saved[0] = id == null ? meetings.create(details())
                : meetings.update(MeetingId.of(id), details(), version), fieldIds());
        if (!ok) {
            return null;
        }
        Messages.info("meetings.saved");
        return "/app/meeting?faces-redirect=true&id=" + saved[0].id();
    }

    private static Map<String, String> fieldIds() {
        return Map.ofEntries(Map.entry("type", FORM + ":type"), Map.entry("title", FORM + ":titleEn"),
                Map.entry("start", FORM + ":start"), Map.entry("end", FORM + ":end"), Map.entry("zone", FORM + ":zone"),
                Map.entry("city", FORM + ":city"), Map.entry("onlineLink", FORM + ":onlineLink"),
                Map.entry("capacity", FORM + ":capacity"), Map.entry("relatedMeeting", FORM + ":related"),
                Map.entry("ordinal", FORM + ":ordinal"), Map.entry("series", FORM + ":series"));
    }

    public void addSession() {
        if (errors.attempt(() -> meetings.addSession(MeetingId.of(id), new SessionDetails(sessionTitle, sessionStart,
                sessionEnd, sessionRoom)), Map.of("title", FORM + ":sessionTitle", "start", FORM + ":sessionStart",
                "end", FORM + ":sessionEnd"))) {
            sessionTitle = null;
            Messages.info("meetings.session.added");
        }
        sessions = meetings.sessions(MeetingId.of(id));
    }

    public void addItem() {
        if (itemSession == null) {
            return;
        }
        if (errors.attempt(() -> meetings.addAgendaItem(SessionId.of(itemSession), new AgendaItemDetails(itemNumber,
                itemTitle, itemCooperation, List.of())), Map.of("title", FORM + ":itemTitle",
                "number", FORM + ":itemNumber"))) {
            itemNumber = null;
            itemTitle = null;
            itemCooperation = false;
            Messages.info("meetings.item.added");
        }
        sessions = meetings.sessions(MeetingId.of(id));
    }

    public void generateCycle() {
        Object[] result = new Object[1];
        UUID country = registry.stateByIsoCode("US").map(s -> s.id().value()).orElse(null);
        if (errors.attempt(() -> result[0] = meetings.generatePoaCycle(new PoaCycleRequest(cycleYear, cycleBms,
                cycleRevCon, cycleZone, cycleCity, country, cycleRoom)), Map.of())) {
            @SuppressWarnings("unchecked")
            List<MeetingView> created = (List<MeetingView>) result[0];
            generated = created;
            Messages.info("meetings.cycle.generated", generated.size());
        }
    }

    public List<ConflictView> getConflicts() {
        if (conflicts == null) {
            conflicts = meetings.conflicts();
        }
        return conflicts;
    }

    public String title(MeetingId meeting) {
        return meetings.meeting(meeting).map(m -> m.details().title().in(language.getLocale())).orElse("");
    }

    public List<MeetingType> getTypes() {
        return List.of(MeetingType.values());
    }

    public List<MeetingView> getGlobalMeetings() {
        return meetings.meetings(MeetingQuery.all()).stream().filter(m -> !m.details().type().isRegional()).toList();
    }

    public List<StateView> getStates() {
        return registry.states();
    }

    public List<OrganisationView> getOrganisations() {
        return registry.organisations();
    }

    public List<String> getZones() {
        TreeSet<String> zones = new TreeSet<>(ViewerZone.COMMON);
        zones.add(zone);
        return new ArrayList<>(zones);
    }

    public List<String> getAllLanguages() {
        return List.of("en", "fr", "ar", "es", "ru", "zh");
    }

    public boolean isEditing() {
        return id != null;
    }

    // ------------------------------------------------------------------ properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public Integer getOrdinal() {
        return ordinal;
    }

    public void setOrdinal(Integer ordinal) {
        this.ordinal = ordinal;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public boolean isInterpretation() {
        return interpretation;
    }

    public void setInterpretation(boolean interpretation) {
        this.interpretation = interpretation;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public LocalDate getChairDeadline() {
        return chairDeadline;
    }

    public void setChairDeadline(LocalDate chairDeadline) {
        this.chairDeadline = chairDeadline;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public LocalDate getDocumentsDeadline() {
        return documentsDeadline;
    }

    public void setDocumentsDeadline(LocalDate documentsDeadline) {
        this.documentsDeadline = documentsDeadline;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public LocalDateTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalDateTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalDateTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalDateTime sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public String getSessionRoom() {
        return sessionRoom;
    }

    public void setSessionRoom(String sessionRoom) {
        this.sessionRoom = sessionRoom;
    }

    public String getItemSession() {
        return itemSession;
    }

    public void setItemSession(String itemSession) {
        this.itemSession = itemSession;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public void setItemNumber(String itemNumber) {
        this.itemNumber = itemNumber;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public boolean isItemCooperation() {
        return itemCooperation;
    }

    public void setItemCooperation(boolean itemCooperation) {
        this.itemCooperation = itemCooperation;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public void setCycleYear(int cycleYear) {
        this.cycleYear = cycleYear;
    }

    public int getCycleBms() {
        return cycleBms;
    }

    public void setCycleBms(int cycleBms) {
        this.cycleBms = cycleBms;
    }

    public int getCycleRevCon() {
        return cycleRevCon;
    }

    public void setCycleRevCon(int cycleRevCon) {
        this.cycleRevCon = cycleRevCon;
    }

    public String getCycleZone() {
        return cycleZone;
    }

    public void setCycleZone(String cycleZone) {
        this.cycleZone = cycleZone;
    }

    public String getCycleCity() {
        return cycleCity;
    }

    public void setCycleCity(String cycleCity) {
        this.cycleCity = cycleCity;
    }

    public String getCycleRoom() {
        return cycleRoom;
    }

    public void setCycleRoom(String cycleRoom) {
        this.cycleRoom = cycleRoom;
    }

    public List<MeetingView> getGenerated() {
        return generated;
    }
}
