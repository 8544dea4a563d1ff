package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.FollowUpId;
import org.salwhub.meetings.api.FollowUpStatus;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.OutcomeId;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.OutcomeView;
import org.salwhub.meetings.control.MeetingPolicy;
import org.salwhub.meetings.entity.FollowUpAction;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.Outcome;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;

/** A meeting's outcomes (recommendations, decisions) and the follow-up actions States and organisations own. */
@Dependent
public class Outcomes {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    RegistryFacade registry;

    List<OutcomeView> outcomes(MeetingId meetingId) {
        records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        List<Outcome> outcomes = em.createQuery("SELECT o FROM Outcome o WHERE o.meetingId = :m ORDER BY o.reference",
                Outcome.class).setParameter("m", meeting.id()).getResultList();
        LocalDate today = LocalDate.now(records.clock);
        Map<String, List<FollowUpView>> actions = em.createQuery("SELECT f FROM FollowUpAction f"
                        + " WHERE f.meetingId = :m ORDER BY f.due", FollowUpAction.class)
                .setParameter("m", meeting.id()).getResultStream()
                .collect(Collectors.groupingBy(FollowUpAction::outcomeId,
                        Collectors.mapping(f -> f.view(today), Collectors.toList())));
        return outcomes.stream().map(o -> o.view(actions.getOrDefault(o.id(), List.of()))).toList();
    }

    OutcomeView addOutcome(MeetingId meetingId, OutcomeKind kind, String reference, String text) {
        records.staff();
        Meeting meeting = records.find(meetingId);
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

    FollowUpView addFollowUp(OutcomeId outcomeId, FollowUpDetails details) {
        records.staff();
        Outcome outcome = NotFoundException.requireFound(em.find(Outcome.class, outcomeId.toString()),
                "Outcome", outcomeId);
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
        LocalDate today = LocalDate.now(records.clock);
        records.notify(Notification.of("meetings.followUp", owner, "notify.meetings.followUp",
                        meeting.view().details().title(), details.description(),
                        details.due() == null ? "" : details.due())
                .linkingTo("/app/dashboard.xhtml").once("meeting-follow-up:" + action.view(today).id()));
        return action.view(today);
    }

    FollowUpView changeFollowUp(FollowUpId id, FollowUpStatus status, long expectedVersion) {
        Caller caller = records.member();
        FollowUpAction action = NotFoundException.requireFound(em.find(FollowUpAction.class, id.toString()),
                "FollowUpAction", id);
        if (!MeetingPolicy.ownsFollowUp(caller, MeetingRecords.uuid(action.ownerState()),
                MeetingRecords.uuid(action.ownerOrganisation()))) {
            throw new AccessDeniedException("only the action's owner or staff change it");
        }
        if (status == null) {
            throw new ValidationException("status", "required");
        }
        VersionConflictException.check("FollowUpAction", id.toString(), expectedVersion, action.version());
        action.changeStatus(status);
        em.flush();
        return action.view(LocalDate.now(records.clock));
    }

    List<FollowUpView> myFollowUps() {
        Caller caller = records.member();
        LocalDate today = LocalDate.now(records.clock);
        if (caller.isStaff()) {
            return em.createQuery("SELECT f FROM FollowUpAction f WHERE f.status IN :open ORDER BY f.due",
                            FollowUpAction.class)
                    .setParameter("open", List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS))
                    .setMaxResults(50).getResultStream().map(f -> f.view(today)).toList();
        }
        String state = caller.has(Role.FOCAL_POINT) && caller.stateId() != null
                ? caller.stateId().toString() : "-";
        String organisation = caller.has(Role.DONOR)
                && caller.organisationId() != null ? caller.organisationId().toString() : "-";
        return em.createQuery("SELECT f FROM FollowUpAction f WHERE f.ownerState = :s OR f.ownerOrganisation = :o"
                        + " ORDER BY f.due", FollowUpAction.class)
                .setParameter("s", state).setParameter("o", organisation).getResultStream()
                .map(f -> f.view(today)).toList();
    }
}
