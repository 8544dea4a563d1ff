package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.control.ProgrammeCalendar;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.fellowship.entity.NominationDocument;
import org.salwhub.fellowship.entity.ReviewAssignment;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * What the fellowship use cases share: who is calling and what day it is, loading calls, nominations and
 * assignments (as the caller may see them), and turning them into views that carry what the caller may do.
 */
@Dependent
public class FellowshipRecords {

    static final String ASSIGNMENT = "ReviewAssignment";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ caller and time

    /** The caller, who must be signed in. */
    Caller signedIn() {
        return FellowshipPolicy.requireSignedIn(callers.current());
    }

    /** The caller, who must be staff. */
    Caller staff() {
        return callers.current().requireStaff();
    }

    LocalDate today() {
        return ProgrammeCalendar.today(clock);
    }

    Instant now() {
        return Instant.now(clock);
    }

    // ------------------------------------------------------------------ loading

    FellowshipCall loadCall(CallId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(FellowshipCall.class, id.toString()),
                FellowshipCall.ENTITY, id);
    }

    FellowshipCall call(String id) {
        return em.find(FellowshipCall.class, id);
    }

    /**
     * A call the caller may see: drafts are staff's only (and look missing to others); a fellow sees only the calls
     * they were nominated to.
     */
    FellowshipCall visibleCall(CallId id, Caller caller) {
        FellowshipCall call = loadCall(id);
        if (!maySee(caller, call)) {
            throw new NotFoundException(FellowshipCall.ENTITY, String.valueOf(id));
        }
        return call;
    }

    boolean maySee(Caller caller, FellowshipCall call) {
        return FellowshipPolicy.maySeeCall(caller, call.status(),
                !FellowshipPolicy.seesOnlyOwnCalls(caller) || nominatedTo(caller, call));
    }

    /**
     * Locks the call's row until the transaction ends, so that two focal points nominating at once, or two staff
     * selecting at once, count each other's nominations: neither the quota per State nor the seats overflow.
     */
    FellowshipCall lockSeats(FellowshipCall call) {
        em.lock(call, LockModeType.PESSIMISTIC_WRITE);
        return call;
    }

    Nomination loadNomination(NominationId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(Nomination.class, id.toString()),
                Nomination.ENTITY, id);
    }

    Nomination nomination(String id) {
        return em.find(Nomination.class, id);
    }

    ReviewAssignment loadAssignment(UUID id) {
        return NotFoundException.requireFound(id == null ? null : em.find(ReviewAssignment.class, id.toString()),
                ASSIGNMENT, id);
    }

    List<Nomination> nominationsOfCall(FellowshipCall call) {
        return em.createNamedQuery("Nomination.ofCall", Nomination.class).setParameter("call", call.id())
                .getResultList();
    }

    // ------------------------------------------------------------------ the caller's own

    /** The nominations of the caller's own registry person (a fellow's), in every call. */
    List<Nomination> ownNominations(Caller caller) {
        if (!caller.has(Role.FELLOW) || caller.personId() == null) {
            return List.of();
        }
        return em.createNamedQuery("Nomination.ofPerson", Nomination.class)
                .setParameter("person", caller.personId().toString()).getResultList();
    }

    boolean nominatedTo(Caller caller, FellowshipCall call) {
        return ownNominations(caller).stream().anyMatch(n -> n.callId().equals(call.id()));
    }

    /** Whether the caller is a reviewer assigned to this nomination. */
    boolean assignedTo(Caller caller, Nomination nomination) {
        return FellowshipPolicy.isReviewer(caller) && !em.createQuery("SELECT a.id FROM ReviewAssignment a"
                        + " WHERE a.nominationId = :n AND a.reviewer = :r", String.class)
                .setParameter("n", nomination.id()).setParameter("r", caller.username()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    static boolean isNominee(Caller caller, Nomination nomination) {
        return FellowshipPolicy.isNominee(caller, nomination.personId());
    }

    static boolean actsFor(Caller caller, Nomination nomination) {
        return FellowshipPolicy.actsForNomination(caller, nomination.stateId(), nomination.personId());
    }

    // ------------------------------------------------------------------ views

    /** The call with its count of nominations (withdrawn ones left out) and what the caller may do with it. */
    CallView view(FellowshipCall call) {
        return withPermissions(call.view(em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.callId = :call"
                        + " AND n.status <> :withdrawn", Long.class).setParameter("call", call.id())
                .setParameter("withdrawn", NominationStatus.WITHDRAWN).getSingleResult().intValue()));
    }

    CallView withPermissions(CallView call) {
        return withPermissions(call, callers.current());
    }

    CallView withPermissions(CallView call, Caller caller) {
        return call.withPermissions(FellowshipPolicy.forCall(caller, call, today()));
    }

    NominationView view(Nomination nomination) {
        return views(List.of(nomination)).get(0);
    }

    /** Views with their note verbale's name and size, in one query for the whole list. */
    List<NominationView> views(Collection<Nomination> nominations) {
        if (nominations.isEmpty()) {
            return List.of();
        }
        Caller caller = callers.current();
        Map<String, Object[]> documents = new LinkedHashMap<>();
        em.createNamedQuery("NominationDocument.meta", Object[].class)
                .setParameter("nominations", nominations.stream().map(Nomination::id).toList())
                .setParameter("kind", NominationDocument.NOTE_VERBALE).getResultStream()
                .forEach(row -> documents.put((String) row[0], row));
        return nominations.stream().map(n -> {
            Object[] doc = documents.get(n.id());
            NominationView view = n.view(doc == null ? null : (String) doc[1],
                    doc == null ? 0 : ((Number) doc[2]).longValue());
            return view.withPermissions(FellowshipPolicy.forNomination(caller, view));
        }).toList();
    }

    /** The nomination as the caller may see it: whole for staff and the State's focal point, else the nominee's. */
    NominationView seenBy(Caller caller, Nomination nomination) {
        NominationView view = view(nomination);
        return caller.mayActForState(nomination.stateId()) || assignedTo(caller, nomination) ? view
                : view.asNomineeSees();
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
