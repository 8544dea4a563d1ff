package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CohortFellowView;
import org.salwhub.fellowship.api.CohortSessionView;
import org.salwhub.fellowship.api.CohortView;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.entity.CohortAttendance;
import org.salwhub.fellowship.entity.CohortSession;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;

/**
 * The cohort of a call: its in-person sessions and attendance, the online phase, and who completed under the call's
 * completion rule.
 */
@Dependent
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    CohortView cohort(CallId callId) {
        Caller caller = records.signedIn();
        FellowshipCall call = records.visibleCall(callId, caller);
        if (!FellowshipPolicy.maySeeCohort(caller)) {
            throw new AccessDeniedException("cohort: staff or focal points");
        }
        List<CohortSessionView> sessions = sessions(call);
        return new CohortView(records.view(call), sessions, fellows(call, caller.isStaff() ? null : caller.stateId()));
    }

    private List<CohortSessionView> sessions(FellowshipCall call) {
        return em.createNamedQuery("CohortSession.ofCall", CohortSession.class).setParameter("call", call.id())
                .getResultStream().map(CohortSession::view).toList();
    }

    /** The call's fellows (accepted nominations), of one State or all, with what they attended and completed. */
    List<CohortFellowView> fellows(FellowshipCall call, UUID onlyState) {
        int sessions = sessions(call).size();
        Map<String, Set<UUID>> attended = new HashMap<>();
        em.createNamedQuery("CohortAttendance.presentOfCall", Object[].class).setParameter("call", call.id())
                .getResultStream().forEach(row -> attended.computeIfAbsent((String) row[0], k -> new HashSet<>())
                        .add(UUID.fromString((String) row[1])));
        List<Nomination> fellows = records.nominationsOfCall(call).stream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED)
                .filter(n -> onlyState == null || onlyState.equals(n.stateId())).toList();
        var rule = call.details().completion();
        boolean inPerson = call.details().phases().stream().anyMatch(p -> p.kind() == CallPhaseKind.IN_PERSON);
        return records.views(fellows).stream().map(v -> {
            Set<UUID> present = attended.getOrDefault(v.id().toString(), Set.of());
            return new CohortFellowView(v, present, sessions, rule.completed(v.onlineCompleted(), present.size(),
                    sessions, inPerson));
        }).toList();
    }

    /** Whether the fellow completed under the call's rule (the cohort has run far enough to say). */
    boolean completed(FellowshipCall call, Nomination nomination) {
        return nomination.status() == NominationStatus.ACCEPTED && call.cohortRan()
                && fellows(call, nomination.stateId()).stream()
                .anyMatch(f -> f.fellow().id().toString().equals(nomination.id()) && f.completed());
    }

    CohortSessionView addSession(CallId callId, String title, LocalDate heldOn) {
        records.staff();
        FellowshipCall call = records.loadCall(callId);
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > 200) {
            errors.add(FieldError.of("title", "tooLong", 200));
        }
        if (heldOn == null) {
            errors.add(FieldError.of("heldOn", "required"));
        }
        FellowshipRecords.throwIfAny(errors);
        call.checkHasCohort();
        CohortSession session = new CohortSession(call.id(), title, heldOn);
        em.persist(session);
        em.flush();
        return session.view();
    }

    NominationView recordOnlineCompletion(NominationId id, boolean completed, long expectedVersion) {
        records.staff();
        Nomination nomination = records.loadNomination(id);
        nomination.completeOnline(completed, expectedVersion);
        em.flush();
        return records.view(nomination);
    }

    void recordAttendance(UUID sessionId, NominationId id, boolean present) {
        records.staff();
        Nomination nomination = records.loadNomination(id);
        nomination.checkFellow();
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId.toString());
        if (session == null || !session.callId().equals(nomination.callId())) {
            throw new NotFoundException("CohortSession", String.valueOf(sessionId));
        }
        CohortAttendance attendance = em.createNamedQuery("CohortAttendance.find", CohortAttendance.class)
                .setParameter("session", session.id()).setParameter("nomination", nomination.id())
                .getResultStream().findFirst().orElse(null);
        if (attendance == null) {
            attendance = new CohortAttendance(session.id(), nomination.id());
            attendance.mark(present);
            em.persist(attendance);
        } else {
            attendance.mark(present);
        }
        em.flush();
    }
}
