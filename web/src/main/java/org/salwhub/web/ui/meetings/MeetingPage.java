package org.salwhub.web.ui.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.Delegation;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.FileContent;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.OutcomeView;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.web.export.MeetingCalendar;
import org.salwhub.web.export.MeetingTables;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.TableDownload;
import org.salwhub.web.ui.ViewerZone;

/**
 * One meeting: its details in the viewer's and the meeting's time zone, agenda, documents and outcomes; a focal
 * point's delegation (register the head and members, upload credentials, request sponsorship); and for staff the
 * status, registrations to decide, conflicts, gender statistics and check-in ({@link MeetingStaffDesk}). What the
 * reader may do is the meeting's {@code may()}, decided by the meetings module. {@code ?id=<meeting>}.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "meetingForm";

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    FacesErrors errors;

    @Inject
    MeetingStaffDesk staff;

    @Inject
    LanguageSelection language;

    @Inject
    ViewerZone zone;

    private String id;
    private MeetingView meeting;
    private List<SessionView> sessions = List.of();
    private List<DocumentView> documents = List.of();
    private List<OutcomeView> outcomes = List.of();
    private List<String> warnings = List.of();
    private Map<UUID, String> personNames = Map.of();
    private String relatedTitle;
    private List<RegistrationView> participants = List.of();
    private Map<String, String> participantDelegations = Map.of();

    // delegation
    private String delegationIso;
    private StateView delegationState;
    private Delegation delegation;
    private List<ContactView> candidates = List.of();
    private String personId;
    private DelegationRole role = DelegationRole.MEMBER;
    private boolean consent = true;
    private boolean sponsorship;
    private String sponsorshipReason;
    private List<ConflictView> lastConflicts = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        MeetingId meetingId;
        try {
            meetingId = MeetingId.of(id);
        } catch (IllegalArgumentException e) {
            return;
        }
        meeting = meetings.meeting(meetingId).orElse(null);
        if (meeting == null) {
            return;
        }
        sessions = meetings.sessions(meetingId);
        documents = meetings.documents(meetingId);
        outcomes = meetings.outcomes(meetingId);
        warnings = meetings.agendaWarnings(meetingId);
        MeetingTables tables = tables();
        participants = tables.inListOrder(meetings.participantList(meetingId));
        participantDelegations = participants.stream().collect(Collectors.toMap(r -> r.id().toString(),
                tables::delegation, (a, b) -> a));
        relatedTitle = meeting.details().relatedMeeting() == null ? null
                : meetings.meeting(meeting.details().relatedMeeting())
                .map(m -> m.details().title().in(language.getLocale())).orElse(null);
        Set<PersonId> people = sessions.stream().flatMap(s -> s.items().stream())
                .flatMap(i -> i.details().speakers().stream()).map(PersonId::new).collect(Collectors.toSet());
        if (meeting.details().chair() != null) {
            people.add(new PersonId(meeting.details().chair()));
        }
        personNames = directory.persons(people).stream()
                .collect(Collectors.toMap(p -> p.id().value(), PersonView::displayName, (a, b) -> a));
        if (delegationIso == null && meeting.may().ownState() != null) {
            registry.state(new StateId(meeting.may().ownState())).ifPresent(s -> delegationIso = s.iso2());
        }
        loadDelegation();
        if (meeting.may().manage()) {
            staff.load(meeting);
        }
    }

    private void loadDelegation() {
        delegationState = delegationIso == null ? null : registry.stateByIsoCode(delegationIso).orElse(null);
        if (delegationState == null || !meeting.may().actsFor(delegationState.id().value())) {
            delegation = null;
            candidates = List.of();
            return;
        }
        delegation = meetings.delegation(meeting.id(), delegationState.id().value());
        Map<UUID, ContactView> distinct = new LinkedHashMap<>();
        directory.currentContacts(delegationState.id(), null).forEach(c -> distinct.putIfAbsent(c.personId().value(), c));
        candidates = new ArrayList<>(distinct.values());
    }

    // ------------------------------------------------------------------ actions

    public void chooseDelegation() {
        loadDelegation();
    }

    public void register() {
        if (personId == null || delegationState == null) {
            Messages.error("meetings.register.choosePerson");
            return;
        }
        Registered[] result = new Registered[1];
        if (errors.attempt(() -> result[0] = meetings.register(new NewRegistration(meeting.id(),
                        UUID.fromString(personId), ParticipantCategory.STATE_DELEGATE, delegationState.id().value(),
                        null, role, consent, sponsorship, sponsorshipReason)),
                Map.of("person", FORM + ":person", "role", FORM + ":role",
                        "sponsorshipReason", FORM + ":sponsorshipReason"))) {
            lastConflicts = result[0].conflicts();
            Messages.info(result[0].registration().status() == org.salwhub.meetings.api.RegistrationStatus.WAITLISTED
                    ? "meetings.register.waitlisted" : "meetings.register.done", result[0].registration().personName());
            for (ConflictView conflict : lastConflicts) {
                Messages.warn("meetings.conflict.personWarning", title(conflict.other()));
            }
            personId = null;
            sponsorship = false;
            sponsorshipReason = null;
            role = DelegationRole.MEMBER;
        }
        load();
    }

    public void uploadCredentials(FileUploadEvent event) {
        if (delegationState == null) {
            return;
        }
        var file = event.getFile();
        if (errors.attempt(() -> meetings.uploadCredentials(meeting.id(), delegationState.id().value(),
                new FileUpload(file.getFileName(), file.getContentType(), file.getContent())), Map.of())) {
            Messages.info("meetings.credentials.uploaded", file.getFileName());
        }
        loadDelegation();
    }

    public void withdraw(RegistrationView registration) {
        if (errors.attempt(() -> meetings.withdraw(registration.id(), registration.version()), Map.of())) {
            Messages.info("meetings.register.withdrawn", registration.personName());
        }
        load();
    }

    // ------------------------------------------------------------------ downloads

    public StreamedContent getIcs() {
        byte[] ics = MeetingCalendar.write(List.of(meeting), language.getLocale(), m -> null, null);
        return DefaultStreamedContent.builder().name("meeting-" + meeting.id() + ".ics")
                .contentType(MeetingCalendar.MEDIA_TYPE).stream(() -> new ByteArrayInputStream(ics)).build();
    }

    /** The list of participants as CSV, XLSX or PDF ({@code format}), read again at the moment of the download. */
    public StreamedContent participantsTable(String format) {
        MeetingId meetingId = meeting.id();
        boolean staff = meeting.may().manage();
        String title = meeting.details().title().in(language.getLocale());
        return TableDownload.table(format, fileName() + "-participants",
                () -> tables().participants(fileName(), title, meetings.participantList(meetingId), staff));
    }

    MeetingTables tables() {
        return new MeetingTables(registry, language.getLocale(), zone.getZone());
    }

    /** The meeting in a file name: its English title (file names keep Latin letters only). */
    String fileName() {
        return meeting.details().title().in(Locale.ENGLISH);
    }

    public StreamedContent document(DocumentView document, String lang) {
        return DefaultStreamedContent.builder().name(document.versions().stream()
                        .filter(v -> lang.equals(v.language())).findFirst().map(FileInfo::filename).orElse("document"))
                .stream(() -> {
                    FileContent file = meetings.documentFile(document.id(), lang);
                    return new ByteArrayInputStream(file.content());
                }).build();
    }

    public StreamedContent credentials(FileInfo file) {
        UUID state = delegationState.id().value();
        return DefaultStreamedContent.builder().name(file.filename()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(meetings.credentials(meeting.id(), state, file.id()).content()))
                .build();
    }

    // ------------------------------------------------------------------ for the view

    /** A file's size in kilobytes, in the viewer's language. */
    public String size(FileInfo file) {
        return Messages.text(language.getLocale(), "meetings.credentials.size",
                java.text.NumberFormat.getIntegerInstance(language.getLocale()).format(Math.max(1, file.size() / 1024)));
    }

    public String personName(UUID person) {
        return personNames.getOrDefault(person, "");
    }

    public String speakers(List<UUID> people) {
        return people.stream().map(this::personName).filter(n -> !n.isEmpty()).collect(Collectors.joining(", "));
    }

    public String stateName(UUID state) {
        return state == null ? "" : registry.state(new StateId(state)).map(s -> s.name().in(language.getLocale()))
                .orElse("");
    }

    /** The State or organisation a participant came with, in the viewer's language. */
    public String delegationName(RegistrationView r) {
        return participantDelegations.getOrDefault(r.id().toString(), "");
    }

    /** The number of delegations (States and organisations) on the list of participants. */
    public long getParticipantDelegations() {
        return participants.stream().map(r -> r.state() != null ? r.state() : r.organisation())
                .filter(Objects::nonNull).distinct().count();
    }

    public List<RegistrationView> getParticipants() {
        return participants;
    }

    public String organisationName(UUID organisation) {
        return organisation == null ? "" : registry.organisation(new org.salwhub.registry.api.OrganisationId(
                organisation)).map(o -> o.acronym()).orElse("");
    }

    public String title(MeetingId other) {
        return meetings.meeting(other).map(m -> m.details().title().in(language.getLocale())).orElse(other.toString());
    }

    public List<StateView> getMemberStates() {
        return registry.memberStates();
    }

    public List<DelegationRole> getRoles() {
        return List.of(DelegationRole.values());
    }

    public boolean isPoaWarning() {
        return warnings.contains("meetings.warning.noCooperationItem");
    }

    public boolean isChairWarning() {
        return warnings.contains("meetings.warning.chairOverdue");
    }

    /** Whether the reader may register now (the meeting's permissions, from the boundary's rules). */
    public boolean isRegistrationOpen() {
        return meeting != null && meeting.may().register();
    }

    public boolean mayWithdraw(RegistrationView r) {
        return r.status().isActive() || r.status() == org.salwhub.meetings.api.RegistrationStatus.WAITLISTED;
    }

    // ------------------------------------------------------------------ properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public List<OutcomeView> getOutcomes() {
        return outcomes;
    }

    public String getRelatedTitle() {
        return relatedTitle;
    }

    public String getDelegationIso() {
        return delegationIso;
    }

    public void setDelegationIso(String delegationIso) {
        this.delegationIso = delegationIso;
    }

    public StateView getDelegationState() {
        return delegationState;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public List<ContactView> getCandidates() {
        return candidates;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public DelegationRole getRole() {
        return role;
    }

    public void setRole(DelegationRole role) {
        this.role = role;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isSponsorship() {
        return sponsorship;
    }

    public void setSponsorship(boolean sponsorship) {
        this.sponsorship = sponsorship;
    }

    public String getSponsorshipReason() {
        return sponsorshipReason;
    }

    public void setSponsorshipReason(String sponsorshipReason) {
        this.sponsorshipReason = sponsorshipReason;
    }

    public List<ConflictView> getLastConflicts() {
        return lastConflicts;
    }
}
