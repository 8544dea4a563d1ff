package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.CohortFellowView;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.FellowshipFollowUp;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.kernel.Caller;

/** Calls for nominations: who sees which, and staff drafting, revising and moving them on. */
@Dependent
public class Calls {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    Cohorts cohorts;

    List<CallView> calls() {
        Caller caller = records.signedIn();
        List<FellowshipCall> calls = caller.isStaff()
                ? em.createNamedQuery("FellowshipCall.all", FellowshipCall.class).getResultList()
                : em.createNamedQuery("FellowshipCall.visible", FellowshipCall.class)
                .setParameter("draft", CallStatus.DRAFT).getResultList();
        if (FellowshipPolicy.seesOnlyOwnCalls(caller)) {
            Set<String> mine = records.ownNominations(caller).stream().map(Nomination::callId)
                    .collect(Collectors.toSet());
            calls = calls.stream().filter(c -> mine.contains(c.id())).toList();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery("Nomination.countOfCall", Object[].class)
                .setParameter("withdrawn", NominationStatus.WITHDRAWN).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return calls.stream().map(c -> records.withPermissions(c.view(counts.getOrDefault(c.id(), 0L).intValue()),
                caller)).toList();
    }

    boolean mayCreateCalls() {
        return FellowshipPolicy.mayCreateCalls(records.callers.current());
    }

    Optional<CallView> call(CallId id) {
        Caller caller = records.signedIn();
        FellowshipCall call = id == null ? null : records.call(id.toString());
        if (call == null || !records.maySee(caller, call)) {
            return Optional.empty();
        }
        return Optional.of(records.view(call));
    }

    CallView createCall(CallDetails details) {
        records.staff();
        FellowshipRecords.throwIfAny(FellowshipCall.check(Objects.requireNonNull(details)));
        FellowshipCall call = new FellowshipCall(CallId.random(), details, records.now());
        em.persist(call);
        em.flush();
        return records.withPermissions(call.view(0));
    }

    CallView updateCall(CallId id, CallDetails details, long expectedVersion) {
        records.staff();
        FellowshipCall call = records.loadCall(id);
        call.revise(details, expectedVersion);
        em.flush();
        return records.view(call);
    }

    CallView moveCall(CallId id, CallStatus target, long expectedVersion) {
        records.staff();
        FellowshipCall call = records.loadCall(id);
        call.moveTo(target, records.today(), expectedVersion);
        if (target == CallStatus.COMPLETED) {
            scheduleFollowUps(call);
        }
        em.flush();
        return records.view(call);
    }

    /** Every fellow who completed gets follow-ups 6 and 12 months after the programme's end. */
    private void scheduleFollowUps(FellowshipCall call) {
        LocalDate end = Optional.ofNullable(call.endsOn()).orElse(records.today());
        for (CohortFellowView fellow : cohorts.fellows(call, null)) {
            if (fellow.completed()) {
                for (int months : new int[] {6, 12}) {
                    em.persist(new FellowshipFollowUp(call.id(), fellow.fellow().id().toString(), months,
                            end.plusMonths(months)));
                }
            }
        }
    }
}
