package org.salwhub.web.ui.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.model.StreamedContent;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.GenderStatistics;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.OutcomeId;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.TableDownload;

/**
 * The staff's part of the meeting page ({@link MeetingPage}), shown when the meeting's permissions say the reader
 * manages it: the status, registrations to decide and sponsorships, conflicts, gender statistics, check-in, and
 * outcomes with their follow-up actions.
 */
@Named("meetingStaff")
@ViewScoped
public class MeetingStaffDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    MeetingPage page;

    private MeetingStatus nextStatus;
    private String statusReason;
    private List<RegistrationView> registrations = List.of();
    private List<ConflictView> conflicts = List.of();
    private GenderStatistics gender;
    private String decisionReason;
    private String checkInSession;
    private String checkInRegistration;
    private List<AttendanceView> attendance = List.of();
    private BigDecimal sponsorshipAmount;
    private OutcomeKind outcomeKind = OutcomeKind.RECOMMENDATION;
    private String outcomeReference;
    private String outcomeText;
    private String actionOutcome;
    private String actionDescription;
    private String actionStateIso;
    private LocalDate actionDue;

    /** Reads what staff see of {@code meeting}; the page calls it when the reader manages the meeting. */
    void load(MeetingView meeting) {
        registrations = meetings.registrations(meeting.id());
        conflicts = meetings.conflicts(meeting.id());
        gender = meetings.genderStatistics(meeting.id());
        if (checkInSession != null) {
            attendance = meetings.attendance(SessionId.of(checkInSession));
        }
    }

    private MeetingView meeting() {
        return page.getMeeting();
    }

    // ------------------------------------------------------------------ actions

    public void changeStatus() {
        if (nextStatus == null) {
            return;
        }
        if (errors.attempt(() -> meetings.changeStatus(meeting().id(), nextStatus, statusReason, meeting().version()),
                Map.of("reason", MeetingPage.FORM + ":statusReason"))) {
            Messages.info("meetings.status.changed");
            nextStatus = null;
            statusReason = null;
        }
        page.load();
    }

    public void decide(RegistrationView registration, boolean approve) {
        if (errors.attempt(() -> meetings.decide(registration.id(), approve, decisionReason, registration.version()),
                Map.of())) {
            Messages.info(approve ? "meetings.decision.approved" : "meetings.decision.rejected",
                    registration.personName());
        }
        page.load();
    }

    public void decideSponsorship(RegistrationView registration, boolean grant) {
        if (errors.attempt(() -> meetings.decideSponsorship(registration.id(), grant, sponsorshipAmount,
                registration.version()), Map.of("amount", MeetingPage.FORM + ":sponsorshipAmount"))) {
            Messages.info("meetings.sponsorship.decided", registration.personName());
        }
        page.load();
    }

    public void checkIn() {
        if (checkInSession == null || checkInRegistration == null) {
            return;
        }
        if (errors.attempt(() -> meetings.checkIn(SessionId.of(checkInSession),
                RegistrationId.of(checkInRegistration)), Map.of())) {
            Messages.info("meetings.attendance.checkedIn");
            checkInRegistration = null;
        }
        page.load();
    }

    public void chooseSession() {
        attendance = checkInSession == null ? List.of() : meetings.attendance(SessionId.of(checkInSession));
    }

    public void addOutcome() {
        if (errors.attempt(() -> meetings.addOutcome(meeting().id(), outcomeKind, outcomeReference, outcomeText),
                Map.of("text", MeetingPage.FORM + ":outcomeText"))) {
            outcomeReference = null;
            outcomeText = null;
            Messages.info("meetings.outcome.added");
        }
        page.load();
    }

    public void addAction() {
        Optional<StateView> owner = actionStateIso == null ? Optional.empty() : registry.stateByIsoCode(actionStateIso);
        if (actionOutcome == null || owner.isEmpty()) {
            Messages.error("meetings.outcome.chooseOwner");
            return;
        }
        if (errors.attempt(() -> meetings.addFollowUp(OutcomeId.of(actionOutcome), new FollowUpDetails(
                actionDescription, owner.get().id().value(), null, actionDue)), Map.of())) {
            actionDescription = null;
            actionDue = null;
            Messages.info("meetings.outcome.actionAdded");
        }
        page.load();
    }

    // ------------------------------------------------------------------ downloads

    /** Staff: every registration with its decision and sponsorship. */
    public StreamedContent registrationsTable(String format) {
        MeetingId meetingId = meeting().id();
        String fileName = page.fileName();
        return TableDownload.table(format, fileName + "-registrations",
                () -> page.tables().registrations(fileName, meetings.registrations(meetingId)));
    }

    /** Staff: who was checked in to the session chosen for check-in. */
    public StreamedContent attendanceTable(String format) {
        MeetingId meetingId = meeting().id();
        String fileName = page.fileName();
        String session = checkInSession;
        String sessionTitle = page.getSessions().stream().filter(s -> s.id().toString().equals(session)).findFirst()
                .map(s -> s.details().title()).orElse("");
        return TableDownload.table(format, fileName + "-attendance",
                () -> page.tables().attendance(fileName, sessionTitle,
                        session == null ? List.of() : meetings.attendance(SessionId.of(session)),
                        meetings.registrations(meetingId)));
    }

    // ------------------------------------------------------------------ for the view

    public List<MeetingStatus> getNextStatuses() {
        return meeting() == null ? List.of() : new ArrayList<>(meeting().status().next());
    }

    public List<OutcomeKind> getOutcomeKinds() {
        return List.of(OutcomeKind.values());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public long genderCount(Sex sex) {
        return gender == null ? 0 : gender.total().getOrDefault(sex, 0L);
    }

    public List<UUID> getGenderDelegations() {
        return gender == null ? List.of() : gender.byDelegation().keySet().stream()
                .sorted((a, b) -> page.stateName(a).compareTo(page.stateName(b))).toList();
    }

    public long delegationCount(UUID state, Sex sex) {
        return gender == null ? 0 : gender.byDelegation().getOrDefault(state, Map.of()).getOrDefault(sex, 0L);
    }

    public List<RegistrationView> getApproved() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.APPROVED).toList();
    }

    public String registrationName(String registrationId) {
        return registrations.stream().filter(r -> r.id().toString().equals(registrationId)).findFirst()
                .map(RegistrationView::personName).orElse("");
    }

    // ------------------------------------------------------------------ properties

    public MeetingStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(MeetingStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public List<RegistrationView> getRegistrations() {
        return registrations;
    }

    public List<ConflictView> getConflicts() {
        return conflicts;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getCheckInSession() {
        return checkInSession;
    }

    public void setCheckInSession(String checkInSession) {
        this.checkInSession = checkInSession;
    }

    public String getCheckInRegistration() {
        return checkInRegistration;
    }

    public void setCheckInRegistration(String checkInRegistration) {
        this.checkInRegistration = checkInRegistration;
    }

    public List<AttendanceView> getAttendance() {
        return attendance;
    }

    public BigDecimal getSponsorshipAmount() {
        return sponsorshipAmount;
    }

    public void setSponsorshipAmount(BigDecimal sponsorshipAmount) {
        this.sponsorshipAmount = sponsorshipAmount;
    }

    public OutcomeKind getOutcomeKind() {
        return outcomeKind;
    }

    public void setOutcomeKind(OutcomeKind outcomeKind) {
        this.outcomeKind = outcomeKind;
    }

    public String getOutcomeReference() {
        return outcomeReference;
    }

    public void setOutcomeReference(String outcomeReference) {
        this.outcomeReference = outcomeReference;
    }

    public String getOutcomeText() {
        return outcomeText;
    }

    public void setOutcomeText(String outcomeText) {
        this.outcomeText = outcomeText;
    }

    public String getActionOutcome() {
        return actionOutcome;
    }

    public void setActionOutcome(String actionOutcome) {
        this.actionOutcome = actionOutcome;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionStateIso() {
        return actionStateIso;
    }

    public void setActionStateIso(String actionStateIso) {
        this.actionStateIso = actionStateIso;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
