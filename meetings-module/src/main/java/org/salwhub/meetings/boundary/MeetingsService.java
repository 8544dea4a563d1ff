package org.salwhub.meetings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.AgendaItemId;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.Delegation;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.DocumentId;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.FileContent;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.FollowUpId;
import org.salwhub.meetings.api.FollowUpStatus;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.GenderStatistics;
import org.salwhub.meetings.api.InvitationId;
import org.salwhub.meetings.api.InvitationResponse;
import org.salwhub.meetings.api.InvitationView;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.OutcomeId;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.OutcomeView;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.Participation;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.meetings.control.ConflictFinder;
import org.salwhub.meetings.control.FileRules;
import org.salwhub.meetings.control.MeetingRules;
import org.salwhub.meetings.control.PoaCycle;
import org.salwhub.meetings.control.Reminders;
import org.salwhub.meetings.entity.AgendaItem;
import org.salwhub.meetings.entity.Attendance;
import org.salwhub.meetings.entity.CalendarFeed;
import org.salwhub.meetings.entity.FollowUpAction;
import org.salwhub.meetings.entity.Invitation;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.MeetingDocument;
import org.salwhub.meetings.entity.MeetingSession;
import org.salwhub.meetings.entity.Outcome;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.meetings.entity.StoredFile;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/** The meetings module's boundary: every read and change is checked against the caller here. */
@Stateless
public class MeetingsService implements MeetingsFacade {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    /** The notification service of the web layer; absent in a deployment without it. */
    @Inject
    Instance<Notifier> notifiers;

    Clock clock = Clock.systemUTC();

    // ================================================================== meetings

    @Override
    public List<MeetingView> meetings(MeetingQuery q) {
        Caller caller = member();
        StringBuilder jpql = new StringBuilder("SELECT m FROM Meeting m WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.from() != null) {
            jpql.append(" AND m.endsAt > :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" AND m.startsAt < :to");
            params.put("to", q.to());
        }
        if (q.type() != null) {
            jpql.append(" AND m.type = :type");
            params.put("type", q.type());
        }
        if (q.status() != null) {
            jpql.append(" AND m.status = :status");
            params.put("status", q.status());
        }
        if (!caller.isStaff()) {
            jpql.append(" AND m.status <> :draft");
            params.put("draft", MeetingStatus.DRAFT);
        }
        var query = em.createQuery(jpql.append(" ORDER BY m.startsAt").toString(), Meeting.class);
        params.forEach(query::setParameter);
        return query.getResultStream().map(Meeting::view).toList();
    }

    @Override
    public Optional<MeetingView> meeting(MeetingId id) {
        Caller caller = member();
        return Optional.ofNullable(em.find(Meeting.class, id.toString()))
                .filter(m -> visible(m, caller)).map(Meeting::view);
    }

    @Override
    public MeetingView create(MeetingDetails details) {
        staff();
        checkDetails(details);
        Meeting meeting = new Meeting(new MeetingId(UUID.randomUUID()), details, now());
        em.persist(meeting);
        em.flush();
        return meeting.view();
    }

    @Override
    public MeetingView update(MeetingId id, MeetingDetails details, long expectedVersion) {
        staff();
        Meeting meeting = find(id);
        VersionConflictException.check("Meeting", id.toString(), expectedVersion, meeting.version());
        checkDetails(details);
        if (details.relatedMeeting() != null && details.relatedMeeting().equals(id)) {
            throw new ValidationException("relatedMeeting", "meetings.relatedSelf");
        }
        meeting.apply(details, now());
        em.flush();
        return meeting.view();
    }

    private void checkDetails(MeetingDetails details) {
        MeetingRules.check(details);
        if (details.relatedMeeting() != null) {
            Meeting global = em.find(Meeting.class, details.relatedMeeting().toString());
            if (global == null || global.type().isRegional()) {
                throw new ValidationException("relatedMeeting", "meetings.relatedGlobal");
            }
        }
        if (details.venueCountry() != null && registry.state(new StateId(details.venueCountry())).isEmpty()) {
            throw new ValidationException("venueCountry", "meetings.unknownState");
        }
        if (details.organiser() != null
                && registry.organisation(new OrganisationId(details.organiser())).isEmpty()) {
            throw new ValidationException("organiser", "meetings.unknownOrganisation");
        }
        if (details.chair() != null && directory.person(new PersonId(details.chair())).isEmpty()) {
            throw new ValidationException("chair", "meetings.unknownPerson");
        }
    }

    @Override
    public MeetingView changeStatus(MeetingId id, MeetingStatus target, String reason, long expectedVersion) {
        staff();
        if (target == null) {
            throw new ValidationException("status", "required");
        }
        Meeting meeting = find(id);
        VersionConflictException.check("Meeting", id.toString(), expectedVersion, meeting.version());
        meeting.moveTo(target, reason, now());
        em.flush();
        if (target == MeetingStatus.REGISTRATION_OPEN || target == MeetingStatus.POSTPONED
                || target == MeetingStatus.CANCELLED) {
            Audience invited = invitedAudience(meeting);
            String key = "notify.meetings.status." + target.name().toLowerCase();
            notify(Notification.of("meetings.status", invited, key, meeting.view().details().title(),
                            reason == null ? "" : reason)
                    .linkingTo(link(meeting)).once("meeting-status:" + meeting.id() + ":" + meeting.version()));
        }
        return meeting.view();
    }

    @Override
    public List<MeetingView> generatePoaCycle(PoaCycleRequest request) {
        staff();
        List<MeetingView> created = new ArrayList<>();
        for (MeetingDetails details : PoaCycle.plan(request)) {
            MeetingRules.check(details);
            Meeting meeting = new Meeting(new MeetingId(UUID.randomUUID()), details, now());
            em.persist(meeting);
            em.flush();
            created.add(meeting.view());
        }
        return created;
    }

    // ================================================================== agenda

    @Override
    public List<SessionView> sessions(MeetingId meetingId) {
        Meeting meeting = visibleMeeting(meetingId);
        List<MeetingSession> sessions = em.createNamedQuery("MeetingSession.ofMeeting", MeetingSession.class)
                .setParameter("meeting", meeting.id()).getResultList();
        Map<String, List<AgendaItemView>> items = em.createQuery("SELECT a FROM AgendaItem a"
                        + " WHERE a.meetingId = :meeting ORDER BY a.sortOrder", AgendaItem.class)
                .setParameter("meeting", meeting.id()).getResultStream()
                .collect(Collectors.groupingBy(AgendaItem::sessionId,
                        Collectors.mapping(AgendaItem::view, Collectors.toList())));
        return sessions.stream().map(s -> s.view(items.getOrDefault(s.id(), List.of()))).toList();
    }

    @Override
    public SessionView addSession(MeetingId meetingId, SessionDetails details) {
        staff();
        Meeting meeting = find(meetingId);
        MeetingRules.check(details, meeting.details());
        MeetingSession session = new MeetingSession(new SessionId(UUID.randomUUID()), meeting.id(), details,
                meeting.zoneId());
        em.persist(session);
        em.flush();
        return session.view(List.of());
    }

    @Override
    public SessionView updateSession(SessionId id, SessionDetails details, long expectedVersion) {
        staff();
        MeetingSession session = session(id);
        VersionConflictException.check("MeetingSession", id.toString(), expectedVersion, session.version());
        Meeting meeting = em.find(Meeting.class, session.meetingId());
        MeetingRules.check(details, meeting.details());
        session.apply(details, meeting.zoneId());
        em.flush();
        return sessions(MeetingId.of(meeting.id())).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public void removeSession(SessionId id) {
        staff();
        MeetingSession session = session(id);
        em.createQuery("DELETE FROM AgendaItem a WHERE a.sessionId = :s").setParameter("s", session.id())
                .executeUpdate();
        em.createQuery("DELETE FROM Attendance a WHERE a.sessionId = :s").setParameter("s", session.id())
                .executeUpdate();
        em.remove(session);
    }

    @Override
    public AgendaItemView addAgendaItem(SessionId sessionId, AgendaItemDetails details) {
        staff();
        MeetingSession session = session(sessionId);
        if (details.number() == null || details.number().isBlank()) {
            throw new ValidationException("number", "required");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new ValidationException("title", "required");
        }
        if (details.title().length() > 500 || details.number().length() > 20) {
            throw new ValidationException("title", "tooLong", 500);
        }
        List<PersonView> speakers = directory.persons(details.speakers().stream().map(PersonId::new).toList());
        if (speakers.size() != new HashSet<>(details.speakers()).size()) {
            throw new ValidationException("speakers", "meetings.unknownPerson");
        }
        long count = em.createQuery("SELECT COUNT(a) FROM AgendaItem a WHERE a.sessionId = :s", Long.class)
                .setParameter("s", session.id()).getSingleResult();
        AgendaItem item = new AgendaItem(new AgendaItemId(UUID.randomUUID()), session.id(), session.meetingId(),
                details, (int) count + 1);
        em.persist(item);
        em.flush();
        return item.view();
    }

    @Override
    public void removeAgendaItem(AgendaItemId id) {
        staff();
        AgendaItem item = em.find(AgendaItem.class, id.toString());
        if (item == null) {
            throw new NotFoundException("AgendaItem", id.toString());
        }
        em.remove(item);
    }

    @Override
    public List<String> agendaWarnings(MeetingId meetingId) {
        Meeting meeting = visibleMeeting(meetingId);
        List<String> warnings = new ArrayList<>();
        if (meeting.type().isPoa()) {
            long cooperation = em.createQuery("SELECT COUNT(a) FROM AgendaItem a WHERE a.meetingId = :m"
                    + " AND a.cooperation = TRUE", Long.class).setParameter("m", meeting.id()).getSingleResult();
            if (cooperation == 0) {
                warnings.add("meetings.warning.noCooperationItem");
            }
            if (meeting.details().chair() == null && meeting.chairDeadline() != null
                    && meeting.chairDeadline().isBefore(LocalDate.now(clock.withZone(meeting.zoneId())))) {
                warnings.add("meetings.warning.chairOverdue");
            }
        }
        return warnings;
    }

    // ================================================================== documents

    @Override
    public List<DocumentView> documents(MeetingId meetingId) {
        Caller caller = member();
        Meeting meeting = visibleMeeting(meetingId);
        boolean participant = participant(meeting, caller);
        List<MeetingDocument> documents = em.createQuery("SELECT d FROM MeetingDocument d WHERE d.meetingId = :m"
                + " ORDER BY d.symbol", MeetingDocument.class).setParameter("m", meeting.id()).getResultList();
        Map<String, List<FileInfo>> files = filesOf(documents.stream().map(MeetingDocument::id).toList());
        return documents.stream().filter(d -> mayRead(d.access(), caller, participant))
                .map(d -> d.view(files.getOrDefault(d.id(), List.of()))).toList();
    }

    @Override
    public DocumentView addDocument(MeetingId meetingId, DocumentDetails details) {
        staff();
        Meeting meeting = find(meetingId);
        MeetingRules.check(details);
        requireUniqueSymbol(details.symbol().strip(), null);
        MeetingDocument document = new MeetingDocument(new DocumentId(UUID.randomUUID()), meeting.id(), details);
        em.persist(document);
        em.flush();
        return document.view(List.of());
    }

    @Override
    public DocumentView updateDocument(DocumentId id, DocumentDetails details, long expectedVersion) {
        staff();
        MeetingDocument document = document(id);
        VersionConflictException.check("MeetingDocument", id.toString(), expectedVersion, document.version());
        MeetingRules.check(details);
        requireUniqueSymbol(details.symbol().strip(), document.id());
        document.apply(details);
        em.flush();
        return document.view(filesOf(List.of(document.id())).getOrDefault(document.id(), List.of()));
    }

    private void requireUniqueSymbol(String symbol, String exceptId) {
        List<String> taken = em.createQuery("SELECT d.id FROM MeetingDocument d WHERE d.symbol = :s", String.class)
                .setParameter("s", symbol).getResultList();
        if (taken.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw new ValidationException("symbol", "meetings.symbolTaken", symbol);
        }
    }

    @Override
    public DocumentView uploadVersion(DocumentId id, String language, FileUpload file) {
        Caller caller = staff();
        MeetingDocument document = document(id);
        if (language == null || !MeetingRules.LANGUAGES.contains(language)) {
            throw new ValidationException("language", "meetings.language", String.valueOf(language));
        }
        FileRules.Checked checked = FileRules.check(file, FileRules.DOCUMENT_MAX_BYTES, true);
        em.createQuery("DELETE FROM StoredFile f WHERE f.ownerId = :o AND f.purpose = :p AND f.language = :l")
                .setParameter("o", document.id()).setParameter("p", StoredFile.DOCUMENT).setParameter("l", language)
                .executeUpdate();
        em.persist(new StoredFile(document.id(), null, StoredFile.DOCUMENT, language, checked.filename(),
                checked.contentType(), checked.content(), checked.sha256(), now(), caller.username()));
        em.flush();
        return document.view(filesOf(List.of(document.id())).getOrDefault(document.id(), List.of()));
    }

    @Override
    public FileContent documentFile(DocumentId id, String language) {
        Caller caller = member();
        MeetingDocument document = document(id);
        Meeting meeting = visibleMeeting(MeetingId.of(document.meetingId()));
        if (!mayRead(document.access(), caller, participant(meeting, caller))) {
            throw new AccessDeniedException("document " + id + " is not open to the caller");
        }
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId = :o AND f.purpose = :p"
                        + " AND f.language = :l", StoredFile.class)
                .setParameter("o", document.id()).setParameter("p", StoredFile.DOCUMENT).setParameter("l", language)
                .getResultStream().findFirst().map(f -> new FileContent(f.info(), f.content()))
                .orElseThrow(() -> new NotFoundException("DocumentFile", id + "/" + language));
    }

    private static boolean mayRead(AccessLevel access, Caller caller, boolean participant) {
        return switch (access) {
            case PUBLIC, NETWORK -> true;
            case PARTICIPANTS -> caller.isStaff() || participant;
            case STAFF -> caller.isStaff();
        };
    }

    private Map<String, List<FileInfo>> filesOf(Collection<String> owners) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        // the content stays unread: only the columns of the file's description are selected
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId IN :o AND f.purpose = :p"
                        + " ORDER BY f.language", StoredFile.class)
                .setParameter("o", owners).setParameter("p", StoredFile.DOCUMENT).getResultStream()
                .collect(Collectors.groupingBy(StoredFile::ownerId,
                        Collectors.mapping(StoredFile::info, Collectors.toList())));
    }

    // ================================================================== invitations

    @Override
    public List<InvitationView> invitations(MeetingId meetingId) {
        Caller caller = member();
        Meeting meeting = visibleMeeting(meetingId);
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m ORDER BY i.sentAt", Invitation.class)
                .setParameter("m", meeting.id()).getResultStream()
                .filter(i -> caller.isStaff() || concerns(i, caller)).map(Invitation::view).toList();
    }

    @Override
    public InvitationView invite(MeetingId meetingId, InviteeKind kind, UUID invitee, String note) {
        staff();
        Meeting meeting = find(meetingId);
        if (kind == null || invitee == null) {
            throw new ValidationException("invitee", "required");
        }
        boolean exists = switch (kind) {
            case STATE -> registry.state(new StateId(invitee)).isPresent();
            case ORGANISATION -> registry.organisation(new OrganisationId(invitee)).isPresent();
            case PERSON -> directory.person(new PersonId(invitee)).isPresent();
        };
        if (!exists) {
            throw new ValidationException("invitee", "meetings.unknownInvitee");
        }
        Optional<Invitation> earlier = em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m"
                        + " AND i.kind = :k AND i.inviteeId = :id", Invitation.class)
                .setParameter("m", meeting.id()).setParameter("k", kind).setParameter("id", invitee.toString())
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get().view();
        }
        Invitation invitation = new Invitation(new InvitationId(UUID.randomUUID()), meeting.id(), kind, invitee, note,
                now());
        em.persist(invitation);
        em.flush();
        Audience audience = switch (kind) {
            case STATE -> Audience.focalPointsOf(invitee);
            case ORGANISATION -> Audience.donorsOf(invitee);
            case PERSON -> Audience.persons(Set.of(invitee));
        };
        notify(Notification.of("meetings.invitation", audience, "notify.meetings.invitation",
                        meeting.view().details().title(), meeting.startsAt())
                .linkingTo(link(meeting)).once("meeting-invitation:" + invitation.view().id()));
        return invitation.view();
    }

    @Override
    public InvitationView respond(InvitationId id, InvitationResponse response, long expectedVersion) {
        Caller caller = member();
        Invitation invitation = em.find(Invitation.class, id.toString());
        if (invitation == null || !(caller.isStaff() || concerns(invitation, caller))) {
            throw new NotFoundException("Invitation", id.toString());
        }
        if (response == null || response == InvitationResponse.PENDING) {
            throw new ValidationException("response", "required");
        }
        VersionConflictException.check("Invitation", id.toString(), expectedVersion, invitation.version());
        invitation.respond(response, now());
        em.flush();
        return invitation.view();
    }

    private boolean concerns(Invitation i, Caller caller) {
        return switch (i.kind()) {
            case STATE -> caller.mayActForState(i.invitee());
            case ORGANISATION -> caller.mayActForOrganisation(i.invitee());
            // a person has no account of their own: the focal point of their State (or the representative of
            // their organisation) sees and answers the invitation for them
            case PERSON -> directory.person(new PersonId(i.invitee())).map(p -> p.details().stateId() != null
                    ? caller.mayActForState(p.details().stateId())
                    : caller.mayActForOrganisation(p.details().organisationId())).orElse(false);
        };
    }

    // ================================================================== registration

    @Override
    public Registered register(NewRegistration r) {
        Caller caller = member();
        if (r == null || r.meeting() == null || r.person() == null || r.category() == null) {
            throw new ValidationException("person", "required");
        }
        Meeting meeting = lockSeats(visibleMeeting(r.meeting()));
        checkMayRegister(r, caller);
        checkRegistrationOpen(meeting, caller);
        PersonView person = directory.person(new PersonId(r.person()))
                .orElseThrow(() -> new ValidationException("person", "meetings.unknownPerson"));
        if (r.category() == ParticipantCategory.STATE_DELEGATE
                && !r.state().equals(person.details().stateId())) {
            throw new ValidationException("person", "meetings.registration.personNotOfState");
        }
        List<Registration> existing = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m",
                Registration.class).setParameter("m", meeting.id()).getResultList();
        boolean held = existing.stream().anyMatch(e -> e.personId().equals(r.person().toString())
                && (e.status().isActive() || e.status() == RegistrationStatus.WAITLISTED));
        if (held) {
            throw new ValidationException("person", "meetings.registration.duplicate");
        }
        if (r.role() == DelegationRole.HEAD) {
            if (r.category() != ParticipantCategory.STATE_DELEGATE) {
                throw new ValidationException("role", "meetings.registration.headOnlyDelegates");
            }
            boolean headExists = existing.stream().anyMatch(e -> e.role() == DelegationRole.HEAD
                    && r.state().toString().equals(e.stateId())
                    && (e.status().isActive() || e.status() == RegistrationStatus.WAITLISTED));
            if (headExists) {
                throw new ValidationException("role", "meetings.registration.headExists");
            }
        }
        if (r.sponsorshipRequested() && (r.sponsorshipReason() == null || r.sponsorshipReason().isBlank())) {
            throw new ValidationException("sponsorshipReason", "required");
        }
        long seats = existing.stream().filter(e -> e.status().isActive()).count();
        boolean full = meeting.capacity() != null && seats >= meeting.capacity();
        Registration registration = new Registration(new RegistrationId(UUID.randomUUID()), r, full,
                caller.username(), now());
        em.persist(registration);
        em.flush();
        List<ConflictView> conflicts = new ConflictFinder(em).forPerson(meeting, r.person());
        return new Registered(registration.view(person.displayName()), conflicts);
    }

    private static void checkMayRegister(NewRegistration r, Caller caller) {
        switch (r.category()) {
            case STATE_DELEGATE -> {
                if (r.state() == null) {
                    throw new ValidationException("state", "required");
                }
                if (!caller.mayActForState(r.state())) {
                    throw new AccessDeniedException("only this State's focal point registers its delegation");
                }
            }
            case IGO, NGO -> {
                if (r.organisation() == null) {
                    throw new ValidationException("organisation", "required");
                }
                if (!caller.mayActForOrganisation(r.organisation())) {
                    throw new AccessDeniedException("only this organisation's representative registers for it");
                }
            }
            case EXPERT, OBSERVER -> {
                if (!caller.isStaff()) {
                    throw new AccessDeniedException("experts and observers are registered by staff");
                }
            }
        }
    }

    private void checkRegistrationOpen(Meeting meeting, Caller caller) {
        MeetingStatus status = meeting.status();
        if (caller.isStaff()) {
            if (status == MeetingStatus.CANCELLED || status == MeetingStatus.CONCLUDED
                    || status == MeetingStatus.OUTCOME_PUBLISHED) {
                throw new ValidationException("meeting", "meetings.registration.closed");
            }
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(meeting.zoneId()));
        if (status != MeetingStatus.REGISTRATION_OPEN
                || (meeting.registrationDeadline() != null && today.isAfter(meeting.registrationDeadline()))) {
            throw new ValidationException("meeting", "meetings.registration.closed");
        }
    }

    @Override
    public List<RegistrationView> registrations(MeetingId meetingId) {
        Caller caller = member();
        Meeting meeting = visibleMeeting(meetingId);
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                + " ORDER BY r.registeredAt", Registration.class).setParameter("m", meeting.id()).getResultList();
        return views(rows.stream().filter(r -> caller.isStaff()
                || (r.stateId() != null && caller.mayActForState(UUID.fromString(r.stateId())))
                || (r.organisationId() != null && caller.mayActForOrganisation(UUID.fromString(r.organisationId()))))
                .toList());
    }

    @Override
    public Delegation delegation(MeetingId meetingId, UUID state) {
        Caller caller = member();
        if (!caller.mayActForState(state)) {
            throw new AccessDeniedException("a delegation is seen by its State's focal point and staff");
        }
        Meeting meeting = visibleMeeting(meetingId);
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                        + " AND r.stateId = :s ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("s", state.toString()).getResultList();
        List<FileInfo> credentials = em.createQuery("SELECT f FROM StoredFile f WHERE f.ownerId = :m"
                        + " AND f.purpose = :p AND f.stateId = :s ORDER BY f.uploadedAt", StoredFile.class)
                .setParameter("m", meeting.id()).setParameter("p", StoredFile.CREDENTIALS)
                .setParameter("s", state.toString()).getResultStream().map(StoredFile::info).toList();
        return new Delegation(MeetingId.of(meeting.id()), state, views(rows), credentials);
    }

    @Override
    public FileInfo uploadCredentials(MeetingId meetingId, UUID state, FileUpload file) {
        Caller caller = member();
        if (state == null || !caller.mayActForState(state)) {
            throw new AccessDeniedException("credentials are uploaded by the State's focal point or staff");
        }
        Meeting meeting = visibleMeeting(meetingId);
        FileRules.Checked checked = FileRules.check(file, FileRules.CREDENTIALS_MAX_BYTES, false);
        StoredFile stored = new StoredFile(meeting.id(), state.toString(), StoredFile.CREDENTIALS, null,
                checked.filename(), checked.contentType(), checked.content(), checked.sha256(), now(),
                caller.username());
        em.persist(stored);
        em.flush();
        return stored.info();
    }

    @Override
    public FileContent credentials(MeetingId meetingId, UUID state, UUID fileId) {
        Caller caller = member();
        if (state == null || !caller.mayActForState(state)) {
            throw new AccessDeniedException("credentials are seen by the State's focal point and staff");
        }
        StoredFile file = em.find(StoredFile.class, fileId.toString());
        if (file == null || !meetingId.toString().equals(file.ownerId()) || !state.toString().equals(file.stateId())) {
            throw new NotFoundException("Credentials", fileId.toString());
        }
        return new FileContent(file.info(), file.content());
    }

    @Override
    public RegistrationView decide(RegistrationId id, boolean approve, String reason, long expectedVersion) {
        staff();
        Registration registration = registration(id);
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        Meeting meeting = lockSeats(em.find(Meeting.class, registration.meetingId()));
        if (approve) {
            if (meeting.capacity() != null && registration.status() != RegistrationStatus.PENDING) {
                long approved = countStatus(meeting, RegistrationStatus.APPROVED)
                        + countStatus(meeting, RegistrationStatus.PENDING);
                if (approved >= meeting.capacity()) {
                    throw new ValidationException("status", "meetings.registration.full", meeting.capacity());
                }
            }
            registration.approve();
        } else {
            boolean heldSeat = registration.status().isActive();
            registration.reject(reason);
            if (heldSeat) {
                promoteWaiting(meeting);
            }
        }
        em.flush();
        notifyDecision(registration, meeting);
        return single(registration);
    }

    @Override
    public RegistrationView withdraw(RegistrationId id, long expectedVersion) {
        Caller caller = member();
        Registration registration = registration(id);
        boolean mine = caller.isStaff()
                || (registration.stateId() != null && caller.mayActForState(UUID.fromString(registration.stateId())))
                || (registration.organisationId() != null
                && caller.mayActForOrganisation(UUID.fromString(registration.organisationId())));
        if (!mine) {
            throw new AccessDeniedException("only the registrant's focal point or staff withdraw a registration");
        }
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        boolean heldSeat = registration.status().isActive();
        registration.withdraw();
        if (heldSeat) {
            promoteWaiting(em.find(Meeting.class, registration.meetingId()));
        }
        em.flush();
        return single(registration);
    }

    /** A seat came free: the longest-waiting registration goes back to staff. */
    private void promoteWaiting(Meeting meeting) {
        lockSeats(meeting);
        em.flush();
        em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m AND r.status = :w"
                        + " ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(Registration::promoteFromWaitingList);
    }

    /**
     * Locks the meeting's row until the transaction ends, so that registrations made at the same moment count each
     * other: the capacity never overflows, and a person or a head of delegation is never registered twice.
     */
    private Meeting lockSeats(Meeting meeting) {
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        return meeting;
    }

    private long countStatus(Meeting meeting, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.meetingId = :m AND r.status = :s",
                Long.class).setParameter("m", meeting.id()).setParameter("s", status).getSingleResult();
    }

    @Override
    public RegistrationView decideSponsorship(RegistrationId id, boolean grant, BigDecimal amount,
                                              long expectedVersion) {
        staff();
        Registration registration = registration(id);
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        registration.decideSponsorship(grant, amount);
        em.flush();
        return single(registration);
    }

    @Override
    public List<Participation> participationOf(UUID person) {
        Caller caller = member();
        if (person == null) {
            return List.of();
        }
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.personId = :p",
                Registration.class).setParameter("p", person.toString()).getResultList();
        Map<String, Meeting> meetings = new HashMap<>();
        rows.forEach(r -> meetings.computeIfAbsent(r.meetingId(), id -> em.find(Meeting.class, id)));
        return rows.stream().filter(r -> meetings.get(r.meetingId()) != null
                        && visible(meetings.get(r.meetingId()), caller))
                .map(r -> new Participation(meetings.get(r.meetingId()).view(), r.status(), r.role()))
                .sorted(java.util.Comparator.comparing((Participation p) -> p.meeting().startsAt()).reversed())
                .toList();
    }

    @Override
    public List<RegistrationView> participantList(MeetingId meetingId) {
        Caller caller = member();
        Meeting meeting = visibleMeeting(meetingId);
        return views(em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m AND r.status = :a"
                        + " ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("a", RegistrationStatus.APPROVED).getResultStream()
                .filter(r -> caller.isStaff() || r.consentToList()).toList());
    }

    @Override
    public GenderStatistics genderStatistics(MeetingId meetingId) {
        member();
        Meeting meeting = visibleMeeting(meetingId);
        List<Registration> approved = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                        + " AND r.status = :a", Registration.class)
                .setParameter("m", meeting.id()).setParameter("a", RegistrationStatus.APPROVED).getResultList();
        Map<UUID, Sex> sexes = directory.persons(approved.stream().map(r -> PersonId.of(r.personId())).toList())
                .stream().collect(Collectors.toMap(p -> p.id().value(), p -> p.details().sex(), (a, b) -> a));
        Map<Sex, Long> total = new EnumMap<>(Sex.class);
        Map<UUID, Map<Sex, Long>> byDelegation = new HashMap<>();
        for (Registration r : approved) {
            Sex sex = sexes.getOrDefault(UUID.fromString(r.personId()), Sex.UNDISCLOSED);
            total.merge(sex, 1L, Long::sum);
            if (r.stateId() != null) {
                byDelegation.computeIfAbsent(UUID.fromString(r.stateId()), s -> new EnumMap<>(Sex.class))
                        .merge(sex, 1L, Long::sum);
            }
        }
        return new GenderStatistics(MeetingId.of(meeting.id()), total, byDelegation);
    }

    // ================================================================== attendance

    @Override
    public AttendanceView checkIn(SessionId sessionId, RegistrationId registrationId) {
        Caller caller = staff();
        MeetingSession session = session(sessionId);
        Registration registration = registration(registrationId);
        if (!registration.meetingId().equals(session.meetingId())) {
            throw new ValidationException("registration", "meetings.attendance.otherMeeting");
        }
        if (registration.status() != RegistrationStatus.APPROVED) {
            throw new ValidationException("registration", "meetings.attendance.notApproved");
        }
        Optional<Attendance> existing = em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s"
                        + " AND a.registrationId = :r", Attendance.class)
                .setParameter("s", session.id()).setParameter("r", registration.id()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().view();
        }
        Attendance attendance = new Attendance(session.id(), registration.id(), now(), caller.username());
        em.persist(attendance);
        em.flush();
        return attendance.view();
    }

    @Override
    public List<AttendanceView> attendance(SessionId sessionId) {
        staff();
        return em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s ORDER BY a.checkedInAt",
                Attendance.class).setParameter("s", session(sessionId).id()).getResultStream()
                .map(Attendance::view).toList();
    }

    // ================================================================== conflicts

    @Override
    public List<ConflictView> conflicts() {
        staff();
        return new ConflictFinder(em).all(now().minus(1, ChronoUnit.DAYS));
    }

    @Override
    public List<ConflictView> conflicts(MeetingId meetingId) {
        staff();
        return new ConflictFinder(em).of(find(meetingId));
    }

    // ================================================================== outcomes

    @Override
    public List<OutcomeView> outcomes(MeetingId meetingId) {
        member();
        Meeting meeting = visibleMeeting(meetingId);
        List<Outcome> outcomes = em.createQuery("SELECT o FROM Outcome o WHERE o.meetingId = :m ORDER BY o.reference",
                Outcome.class).setParameter("m", meeting.id()).getResultList();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<FollowUpView>> actions = em.createQuery("SELECT f FROM FollowUpAction f"
                        + " WHERE f.meetingId = :m ORDER BY f.due", FollowUpAction.class)
                .setParameter("m", meeting.id()).getResultStream()
                .collect(Collectors.groupingBy(FollowUpAction::outcomeId,
                        Collectors.mapping(f -> f.view(today), Collectors.toList())));
        return outcomes.stream().map(o -> o.view(actions.getOrDefault(o.id(), List.of()))).toList();
    }

    @Override
    public OutcomeView addOutcome(MeetingId meetingId, OutcomeKind kind, String reference, String text) {
        staff();
        Meeting meeting = find(meetingId);
        if (kind == null) {
            throw new ValidationException("kind", "required");
        }
        if (text == null || text.isBlank()) {
            throw new ValidationException("text", "required");
        }
        if (reference != null && reference.length() > 80) {
            throw new ValidationException("reference", "tooLong", 80);
        }
        Outcome outcome = new Outcome(new OutcomeId(UUID.randomUUID()), meeting.id(), kind, reference, text);
        em.persist(outcome);
        em.flush();
        return outcome.view(List.of());
    }

    @Override
    public FollowUpView addFollowUp(OutcomeId outcomeId, FollowUpDetails details) {
        staff();
        Outcome outcome = em.find(Outcome.class, outcomeId.toString());
        if (outcome == null) {
            throw new NotFoundException("Outcome", outcomeId.toString());
        }
        if (details.description() == null || details.description().isBlank()) {
            throw new ValidationException("description", "required");
        }
        if (details.description().length() > 1000) {
            throw new ValidationException("description", "tooLong", 1000);
        }
        if ((details.ownerState() == null) == (details.ownerOrganisation() == null)) {
            throw new ValidationException("owner", "meetings.followUp.oneOwner");
        }
        if (details.ownerState() != null && registry.state(new StateId(details.ownerState())).isEmpty()) {
            throw new ValidationException("owner", "meetings.unknownState");
        }
        if (details.ownerOrganisation() != null
                && registry.organisation(new OrganisationId(details.ownerOrganisation())).isEmpty()) {
            throw new ValidationException("owner", "meetings.unknownOrganisation");
        }
        FollowUpAction action = new FollowUpAction(new FollowUpId(UUID.randomUUID()), outcome.id(),
                outcome.meetingId(), details);
        em.persist(action);
        em.flush();
        Audience owner = details.ownerState() != null ? Audience.focalPointsOf(details.ownerState())
                : Audience.donorsOf(details.ownerOrganisation());
        Meeting meeting = em.find(Meeting.class, outcome.meetingId());
        notify(Notification.of("meetings.followUp", owner, "notify.meetings.followUp",
                        meeting.view().details().title(), details.description(),
                        details.due() == null ? "" : details.due())
                .linkingTo("/app/dashboard.xhtml").once("meeting-follow-up:" + action.view(LocalDate.now()).id()));
        return action.view(LocalDate.now(clock));
    }

    @Override
    public FollowUpView changeFollowUp(FollowUpId id, FollowUpStatus status, long expectedVersion) {
        Caller caller = member();
        FollowUpAction action = em.find(FollowUpAction.class, id.toString());
        if (action == null) {
            throw new NotFoundException("FollowUpAction", id.toString());
        }
        boolean owner = (action.ownerState() != null && caller.mayActForState(UUID.fromString(action.ownerState())))
                || (action.ownerOrganisation() != null
                && caller.mayActForOrganisation(UUID.fromString(action.ownerOrganisation())));
        if (!owner) {
            throw new AccessDeniedException("only the action's owner or staff change it");
        }
        if (status == null) {
            throw new ValidationException("status", "required");
        }
        VersionConflictException.check("FollowUpAction", id.toString(), expectedVersion, action.version());
        action.changeStatus(status);
        em.flush();
        return action.view(LocalDate.now(clock));
    }

    @Override
    public List<FollowUpView> myFollowUps() {
        Caller caller = member();
        LocalDate today = LocalDate.now(clock);
        if (caller.isStaff()) {
            return em.createQuery("SELECT f FROM FollowUpAction f WHERE f.status IN :open ORDER BY f.due",
                            FollowUpAction.class)
                    .setParameter("open", List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS))
                    .setMaxResults(50).getResultStream().map(f -> f.view(today)).toList();
        }
        String state = caller.has(org.salwhub.registry.api.kernel.Role.FOCAL_POINT) && caller.stateId() != null
                ? caller.stateId().toString() : "-";
        String organisation = caller.has(org.salwhub.registry.api.kernel.Role.DONOR)
                && caller.organisationId() != null ? caller.organisationId().toString() : "-";
        return em.createQuery("SELECT f FROM FollowUpAction f WHERE f.ownerState = :s OR f.ownerOrganisation = :o"
                        + " ORDER BY f.due", FollowUpAction.class)
                .setParameter("s", state).setParameter("o", organisation).getResultStream()
                .map(f -> f.view(today)).toList();
    }

    // ================================================================== calendar

    @Override
    public List<MeetingView> myMeetings() {
        Caller caller = member();
        if (caller.isStaff()) {
            return meetings(MeetingQuery.all()).stream().filter(m -> m.status().isPublished()).toList();
        }
        Set<String> ids = new HashSet<>();
        for (String scope : scopes(caller)) {
            ids.addAll(em.createQuery("SELECT i.meetingId FROM Invitation i WHERE i.inviteeId = :s", String.class)
                    .setParameter("s", scope).getResultList());
            ids.addAll(em.createQuery("SELECT r.meetingId FROM Registration r WHERE r.stateId = :s"
                    + " OR r.organisationId = :s", String.class).setParameter("s", scope).getResultList());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.id IN :ids AND m.status <> :draft"
                        + " ORDER BY m.startsAt", Meeting.class)
                .setParameter("ids", ids).setParameter("draft", MeetingStatus.DRAFT).getResultStream()
                .map(Meeting::view).toList();
    }

    @Override
    public String issueFeedSecret() {
        Caller caller = member();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        if (feed == null) {
            em.persist(new CalendarFeed(caller.username(), FileRules.sha256(secret.getBytes()), now()));
        } else {
            feed.renew(FileRules.sha256(secret.getBytes()), now());
        }
        em.flush();
        return secret;
    }

    @Override
    public void revokeFeed() {
        Caller caller = member();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        if (feed != null) {
            em.remove(feed);
        }
    }

    @Override
    public boolean hasFeed() {
        Caller caller = member();
        return em.find(CalendarFeed.class, caller.username()) != null;
    }

    @Override
    public Optional<String> feedOwner(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.secretHash = :h", CalendarFeed.class)
                .setParameter("h", FileRules.sha256(secret.getBytes())).getResultStream().findFirst()
                .map(CalendarFeed::username);
    }

    // ================================================================== reminders

    @Override
    public int sendDueReminders(Instant at) {
        staff();
        return reminders().sendDue(at);
    }

    private Reminders reminders() {
        return new Reminders(em, notifiers.isResolvable() ? notifiers.get() : null);
    }

    // ================================================================== helpers

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Caller member() {
        Caller caller = callers.current();
        if (!caller.isNetworkMember()) {
            throw new AccessDeniedException("sign in first");
        }
        return caller;
    }

    private Caller staff() {
        Caller caller = member();
        caller.requireStaff();
        return caller;
    }

    private static boolean visible(Meeting meeting, Caller caller) {
        return caller.isStaff() || meeting.status().isPublished();
    }

    private Meeting find(MeetingId id) {
        Meeting meeting = em.find(Meeting.class, id.toString());
        if (meeting == null) {
            throw new NotFoundException("Meeting", id.toString());
        }
        return meeting;
    }

    /** The meeting, or not found when it is a draft the caller may not see. */
    private Meeting visibleMeeting(MeetingId id) {
        Caller caller = member();
        Meeting meeting = find(id);
        if (!visible(meeting, caller)) {
            throw new NotFoundException("Meeting", id.toString());
        }
        return meeting;
    }

    private MeetingSession session(SessionId id) {
        MeetingSession session = em.find(MeetingSession.class, id.toString());
        if (session == null) {
            throw new NotFoundException("MeetingSession", id.toString());
        }
        return session;
    }

    private MeetingDocument document(DocumentId id) {
        MeetingDocument document = em.find(MeetingDocument.class, id.toString());
        if (document == null) {
            throw new NotFoundException("MeetingDocument", id.toString());
        }
        return document;
    }

    private Registration registration(RegistrationId id) {
        Registration registration = em.find(Registration.class, id.toString());
        if (registration == null) {
            throw new NotFoundException("Registration", id.toString());
        }
        return registration;
    }

    /** Whether the caller's State or organisation is invited to or registered for the meeting. */
    private boolean participant(Meeting meeting, Caller caller) {
        for (String scope : scopes(caller)) {
            long invited = em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.meetingId = :m"
                    + " AND i.inviteeId = :s", Long.class).setParameter("m", meeting.id()).setParameter("s", scope)
                    .getSingleResult();
            long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.meetingId = :m"
                            + " AND (r.stateId = :s OR r.organisationId = :s)", Long.class)
                    .setParameter("m", meeting.id()).setParameter("s", scope).getSingleResult();
            if (invited + registered > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> scopes(Caller caller) {
        List<String> scopes = new ArrayList<>();
        caller.state().ifPresent(s -> scopes.add(s.toString()));
        caller.organisation().ifPresent(o -> scopes.add(o.toString()));
        return scopes;
    }

    private List<RegistrationView> views(List<Registration> rows) {
        Map<String, String> names = directory.persons(rows.stream().map(r -> PersonId.of(r.personId()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(p -> p.id().toString(), PersonView::displayName, (a, b) -> a));
        return rows.stream().map(r -> r.view(names.getOrDefault(r.personId(), "?"))).toList();
    }

    private RegistrationView single(Registration registration) {
        return views(List.of(registration)).get(0);
    }

    private Audience invitedAudience(Meeting meeting) {
        Set<UUID> states = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (Invitation i : em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m", Invitation.class)
                .setParameter("m", meeting.id()).getResultList()) {
            if (i.kind() == InviteeKind.STATE) {
                states.add(i.invitee());
            } else if (i.kind() == InviteeKind.ORGANISATION) {
                organisations.add(i.invitee());
            }
        }
        return new Audience(null, states, organisations, null, null);
    }

    private void notifyDecision(Registration registration, Meeting meeting) {
        Audience audience = registration.stateId() != null ? Audience.focalPointsOf(UUID.fromString(registration.stateId()))
                : registration.organisationId() != null
                ? Audience.donorsOf(UUID.fromString(registration.organisationId())) : Audience.staff();
        RegistrationView view = single(registration);
        notify(Notification.of("meetings.registration", audience,
                        "notify.meetings.registration." + view.status().name().toLowerCase(),
                        meeting.view().details().title(), view.personName())
                .linkingTo(link(meeting)).once("meeting-registration:" + view.id() + ":" + view.status()));
    }

    private void notify(Notification notification) {
        if (!notification.audience().isEmpty() && notifiers.isResolvable()) {
            notifiers.get().send(notification);
        }
    }

    private static String link(Meeting meeting) {
        return "/app/meeting.xhtml?id=" + meeting.id();
    }
}
