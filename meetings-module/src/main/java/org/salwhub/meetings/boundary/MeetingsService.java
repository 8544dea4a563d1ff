package org.salwhub.meetings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.AgendaItemId;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.Delegation;
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
import org.salwhub.meetings.api.Participation;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SessionView;

/**
 * The meetings module's boundary, where its transactions begin. Each use case lives in a class of its own
 * ({@link Meetings}, {@link Agenda}, {@link Documents}, {@link Invitations}, {@link Registrations},
 * {@link Delegations}, {@link Outcomes}, {@link Calendars}), which checks who is calling ({@code MeetingPolicy})
 * and leaves the state changes and their rules to the aggregates.
 */
@Stateless
public class MeetingsService implements MeetingsFacade {

    @Inject
    Meetings meetings;

    @Inject
    Agenda agenda;

    @Inject
    Documents documents;

    @Inject
    Invitations invitations;

    @Inject
    Registrations registrations;

    @Inject
    Delegations delegations;

    @Inject
    Outcomes outcomes;

    @Inject
    Calendars calendars;

    // ------------------------------------------------------------------ meetings

    @Override
    public List<MeetingView> meetings(MeetingQuery query) {
        return meetings.meetings(query);
    }

    @Override
    public Optional<MeetingView> meeting(MeetingId id) {
        return meetings.meeting(id);
    }

    @Override
    public MeetingView create(MeetingDetails details) {
        return meetings.create(details);
    }

    @Override
    public MeetingView update(MeetingId id, MeetingDetails details, long expectedVersion) {
        return meetings.update(id, details, expectedVersion);
    }

    @Override
    public MeetingView changeStatus(MeetingId id, MeetingStatus target, String reason, long expectedVersion) {
        return meetings.changeStatus(id, target, reason, expectedVersion);
    }

    @Override
    public List<MeetingView> generatePoaCycle(PoaCycleRequest request) {
        return meetings.generatePoaCycle(request);
    }

    // ------------------------------------------------------------------ agenda

    @Override
    public List<SessionView> sessions(MeetingId meeting) {
        return agenda.sessions(meeting);
    }

    @Override
    public SessionView addSession(MeetingId meeting, SessionDetails details) {
        return agenda.addSession(meeting, details);
    }

    @Override
    public SessionView updateSession(SessionId id, SessionDetails details, long expectedVersion) {
        return agenda.updateSession(id, details, expectedVersion);
    }

    @Override
    public void removeSession(SessionId id) {
        agenda.removeSession(id);
    }

    @Override
    public AgendaItemView addAgendaItem(SessionId session, AgendaItemDetails details) {
        return agenda.addAgendaItem(session, details);
    }

    @Override
    public void removeAgendaItem(AgendaItemId id) {
        agenda.removeAgendaItem(id);
    }

    @Override
    public List<String> agendaWarnings(MeetingId meeting) {
        return agenda.agendaWarnings(meeting);
    }

    // ------------------------------------------------------------------ documents

    @Override
    public List<DocumentView> documents(MeetingId meeting) {
        return documents.documents(meeting);
    }

    @Override
    public DocumentView addDocument(MeetingId meeting, DocumentDetails details) {
        return documents.addDocument(meeting, details);
    }

    @Override
    public DocumentView updateDocument(DocumentId id, DocumentDetails details, long expectedVersion) {
        return documents.updateDocument(id, details, expectedVersion);
    }

    @Override
    public DocumentView uploadVersion(DocumentId id, String language, FileUpload file) {
        return documents.uploadVersion(id, language, file);
    }

    @Override
    public FileContent documentFile(DocumentId id, String language) {
        return documents.documentFile(id, language);
    }

    // ------------------------------------------------------------------ invitations

    @Override
    public List<InvitationView> invitations(MeetingId meeting) {
        return invitations.invitations(meeting);
    }

    @Override
    public InvitationView invite(MeetingId meeting, InviteeKind kind, UUID invitee, String note) {
        return invitations.invite(meeting, kind, invitee, note);
    }

    @Override
    public InvitationView respond(InvitationId id, InvitationResponse response, long expectedVersion) {
        return invitations.respond(id, response, expectedVersion);
    }

    // ------------------------------------------------------------------ registration

    @Override
    public List<Participation> participationOf(UUID person) {
        return registrations.participationOf(person);
    }

    @Override
    public Registered register(NewRegistration registration) {
        return registrations.register(registration);
    }

    @Override
    public List<RegistrationView> registrations(MeetingId meeting) {
        return registrations.registrations(meeting);
    }

    @Override
    public Delegation delegation(MeetingId meeting, UUID state) {
        return delegations.delegation(meeting, state);
    }

    @Override
    public FileInfo uploadCredentials(MeetingId meeting, UUID state, FileUpload file) {
        return delegations.uploadCredentials(meeting, state, file);
    }

    @Override
    public FileContent credentials(MeetingId meeting, UUID state, UUID fileId) {
        return delegations.credentials(meeting, state, fileId);
    }

    @Override
    public RegistrationView decide(RegistrationId id, boolean approve, String reason, long expectedVersion) {
        return registrations.decide(id, approve, reason, expectedVersion);
    }

    @Override
    public RegistrationView withdraw(RegistrationId id, long expectedVersion) {
        return registrations.withdraw(id, expectedVersion);
    }

    @Override
    public RegistrationView decideSponsorship(RegistrationId id, boolean grant, BigDecimal amount,
                                              long expectedVersion) {
        return registrations.decideSponsorship(id, grant, amount, expectedVersion);
    }

    @Override
    public List<RegistrationView> participantList(MeetingId meeting) {
        return registrations.participantList(meeting);
    }

    @Override
    public GenderStatistics genderStatistics(MeetingId meeting) {
        return registrations.genderStatistics(meeting);
    }

    // ------------------------------------------------------------------ attendance

    @Override
    public AttendanceView checkIn(SessionId session, RegistrationId registration) {
        return agenda.checkIn(session, registration);
    }

    @Override
    public List<AttendanceView> attendance(SessionId session) {
        return agenda.attendance(session);
    }

    // ------------------------------------------------------------------ conflicts

    @Override
    public List<ConflictView> conflicts() {
        return meetings.conflicts();
    }

    @Override
    public List<ConflictView> conflicts(MeetingId meeting) {
        return meetings.conflicts(meeting);
    }

    // ------------------------------------------------------------------ outcomes

    @Override
    public List<OutcomeView> outcomes(MeetingId meeting) {
        return outcomes.outcomes(meeting);
    }

    @Override
    public OutcomeView addOutcome(MeetingId meeting, OutcomeKind kind, String reference, String text) {
        return outcomes.addOutcome(meeting, kind, reference, text);
    }

    @Override
    public FollowUpView addFollowUp(OutcomeId outcome, FollowUpDetails details) {
        return outcomes.addFollowUp(outcome, details);
    }

    @Override
    public FollowUpView changeFollowUp(FollowUpId id, FollowUpStatus status, long expectedVersion) {
        return outcomes.changeFollowUp(id, status, expectedVersion);
    }

    @Override
    public List<FollowUpView> myFollowUps() {
        return outcomes.myFollowUps();
    }

    // ------------------------------------------------------------------ calendar

    @Override
    public List<MeetingView> myMeetings() {
        return calendars.myMeetings();
    }

    @Override
    public String issueFeedSecret() {
        return calendars.issueFeedSecret();
    }

    @Override
    public void revokeFeed() {
        calendars.revokeFeed();
    }

    @Override
    public boolean hasFeed() {
        return calendars.hasFeed();
    }

    @Override
    public Optional<String> feedOwner(String secret) {
        return calendars.feedOwner(secret);
    }

    // ------------------------------------------------------------------ reminders

    @Override
    public int sendDueReminders(Instant now) {
        return meetings.sendDueReminders(now);
    }
}
