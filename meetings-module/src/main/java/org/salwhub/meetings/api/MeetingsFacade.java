package org.salwhub.meetings.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The meetings module. Every signed-in member reads published meetings, their agenda and the documents their
 * access level allows; staff plan and run meetings; a focal point registers their own State's delegation only
 * (a donor representative, their organisation's participants). Every rule is checked here.
 */
public interface MeetingsFacade {

    // ---------------------------------------------------------------- meetings

    List<MeetingView> meetings(MeetingQuery query);

    Optional<MeetingView> meeting(MeetingId id);

    /** Staff. */
    MeetingView create(MeetingDetails details);

    /** Staff. Raises the iCalendar sequence. */
    MeetingView update(MeetingId id, MeetingDetails details, long expectedVersion);

    /** Staff. Refuses a move the status machine does not allow; postponing and cancelling need a reason. */
    MeetingView changeStatus(MeetingId id, MeetingStatus target, String reason, long expectedVersion);

    /** Staff: creates the planned meetings of a PoA cycle as drafts. */
    List<MeetingView> generatePoaCycle(PoaCycleRequest request);

    // ---------------------------------------------------------------- agenda

    List<SessionView> sessions(MeetingId meeting);

    SessionView addSession(MeetingId meeting, SessionDetails details);

    SessionView updateSession(SessionId id, SessionDetails details, long expectedVersion);

    void removeSession(SessionId id);

    AgendaItemView addAgendaItem(SessionId session, AgendaItemDetails details);

    void removeAgendaItem(AgendaItemId id);

    /** Message keys of the agenda's warnings, e.g. {@code meetings.warning.noCooperationItem}. */
    List<String> agendaWarnings(MeetingId meeting);

    // ---------------------------------------------------------------- documents

    /** The documents the caller may read. */
    List<DocumentView> documents(MeetingId meeting);

    DocumentView addDocument(MeetingId meeting, DocumentDetails details);

    DocumentView updateDocument(DocumentId id, DocumentDetails details, long expectedVersion);

    /** Staff: stores (or replaces) the version in {@code language} ("en", "fr", "ar", "es", "ru", "zh"). */
    DocumentView uploadVersion(DocumentId id, String language, FileUpload file);

    /** The file, when the caller may read the document. */
    FileContent documentFile(DocumentId id, String language);

    // ---------------------------------------------------------------- invitations

    List<InvitationView> invitations(MeetingId meeting);

    InvitationView invite(MeetingId meeting, InviteeKind kind, UUID invitee, String note);

    /** The invited State's focal point, the organisation's representative, or staff. */
    InvitationView respond(InvitationId id, InvitationResponse response, long expectedVersion);

    // ---------------------------------------------------------------- registration

    /**
     * The meetings a registry person registered for, newest first: the published ones (every meeting for staff),
     * for the person's profile. Signed-in callers only.
     */
    List<Participation> participationOf(UUID person);

    /** Registers one person; returns the conflicts it raises as warnings. */
    Registered register(NewRegistration registration);

    List<RegistrationView> registrations(MeetingId meeting);

    Delegation delegation(MeetingId meeting, UUID state);

    FileInfo uploadCredentials(MeetingId meeting, UUID state, FileUpload file);

    FileContent credentials(MeetingId meeting, UUID state, UUID fileId);

    /** Staff. Approving beyond the capacity is refused. */
    RegistrationView decide(RegistrationId id, boolean approve, String reason, long expectedVersion);

    /** The registrant's focal point or staff; frees the seat for the waiting list. */
    RegistrationView withdraw(RegistrationId id, long expectedVersion);

    /** Staff. */
    RegistrationView decideSponsorship(RegistrationId id, boolean grant, BigDecimal amount, long expectedVersion);

    /** Approved participants who consented to be listed (staff see every approved participant). */
    List<RegistrationView> participantList(MeetingId meeting);

    GenderStatistics genderStatistics(MeetingId meeting);

    // ---------------------------------------------------------------- attendance

    /** Staff: checks an approved participant in to a session (again is harmless). */
    AttendanceView checkIn(SessionId session, RegistrationId registration);

    List<AttendanceView> attendance(SessionId session);

    // ---------------------------------------------------------------- conflicts

    /** Every conflict among meetings not cancelled and not over. Staff. */
    List<ConflictView> conflicts();

    /** The conflicts one meeting is part of. */
    List<ConflictView> conflicts(MeetingId meeting);

    // ---------------------------------------------------------------- outcomes

    List<OutcomeView> outcomes(MeetingId meeting);

    OutcomeView addOutcome(MeetingId meeting, OutcomeKind kind, String reference, String text);

    FollowUpView addFollowUp(OutcomeId outcome, FollowUpDetails details);

    /** Staff, or the action's owner. */
    FollowUpView changeFollowUp(FollowUpId id, FollowUpStatus status, long expectedVersion);

    /** The follow-up actions the caller's State or organisation owns (staff: every open one). */
    List<FollowUpView> myFollowUps();

    // ---------------------------------------------------------------- calendar

    /** The meetings of the caller: their State's or organisation's invitations and registrations (staff: all published). */
    List<MeetingView> myMeetings();

    /** Issues a new personal feed secret for the caller (any earlier one stops working). */
    String issueFeedSecret();

    void revokeFeed();

    /** Whether the caller has a feed. */
    boolean hasFeed();

    /** The user name whose feed the secret opens, if it is current. */
    Optional<String> feedOwner(String secret);

    // ---------------------------------------------------------------- reminders

    /** Sends the reminders that are due (each once); returns how many were sent. Called by the timer. */
    int sendDueReminders(java.time.Instant now);
}
