package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.StateVerification;
import org.salwhub.registry.api.directory.VerificationFacade;
import org.salwhub.registry.api.directory.VerificationPolicy;
import org.salwhub.registry.api.directory.VerificationRequestView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;
import org.salwhub.registry.entity.State;
import org.salwhub.registry.entity.VerificationRequest;

/** Verification requests: staff ask States to confirm their entries; the focal points and contacts are told. */
@Stateless
public class VerificationRequestService implements VerificationFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Notifier notifier;

    VerificationPolicy policy = VerificationPolicy.configured();
    @Inject
    Clock clock;

    @Override
    public List<StateVerification> statesToVerify() {
        callers.current().requireStaff();
        LocalDate today = LocalDate.now(clock);
        LocalDate staleCutoff = policy.staleCutoff(today);
        Map<UUID, int[]> counts = new HashMap<>();
        for (Object[] row : openRoles(null, policy.dueCutoff(today))) {
            int[] dueAndStale = counts.computeIfAbsent(UUID.fromString((String) row[0]), s -> new int[2]);
            dueAndStale[0]++;
            LocalDate verified = (LocalDate) row[2];
            if (verified == null || !verified.isAfter(staleCutoff)) {
                dueAndStale[1]++;
            }
        }
        Map<UUID, StateView> states = states(counts.keySet());
        return counts.entrySet().stream().filter(e -> states.containsKey(e.getKey()))
                .map(e -> new StateVerification(states.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(StateVerification::due).reversed()
                        .thenComparing(v -> v.state().name().en()))
                .toList();
    }

    @Override
    public List<VerificationRequestView> request(Set<StateId> requested, String note) {
        Caller caller = callers.current();
        caller.requireStaff();
        if (note != null && note.length() > MAX_NOTE) {
            throw new ValidationException("note", "tooLong", MAX_NOTE);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        LocalDate dueCutoff = policy.dueCutoff(today);
        Set<UUID> stateIds = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            statesToVerify().forEach(v -> stateIds.add(v.state().id().value()));
            if (stateIds.isEmpty()) {
                throw new ValidationException("states", "nothingDue");
            }
        } else {
            requested.forEach(s -> stateIds.add(s.value()));
        }
        Map<UUID, StateView> states = states(stateIds);
        for (UUID id : stateIds) {
            if (!states.containsKey(id)) {
                throw new NotFoundException("State", id.toString());
            }
        }
        List<VerificationRequestView> sent = new ArrayList<>();
        for (UUID stateId : stateIds) {
            List<Object[]> due = openRoles(Set.of(stateId), dueCutoff);
            // nothing due: the State is asked to confirm everything it has, as of yesterday
            LocalDate cutoff = due.isEmpty() ? today.minusDays(1) : dueCutoff;
            List<Object[]> covered = due.isEmpty() ? openRoles(Set.of(stateId), cutoff) : due;
            VerificationRequest request = new VerificationRequest(stateId, caller.username(), covered.size(), cutoff,
                    note, now, today);
            em.persist(request);
            StateView state = states.get(stateId);
            Set<UUID> persons = new HashSet<>();
            covered.forEach(row -> persons.add(UUID.fromString((String) row[1])));
            notifier.send(Notification.of("registry.verification.requested",
                            Audience.focalPointsOf(stateId).and(Audience.persons(persons)), "notify.directory.verify",
                            state.name(), covered.size(), request.note() == null ? "" : request.note())
                    .linkingTo("/app/state.xhtml?iso=" + state.iso2()));
            sent.add(new VerificationRequestView(request.id(), state, now, caller.username(), covered.size(),
                    covered.size(), request.note()));
        }
        return sent;
    }

    @Override
    public List<VerificationRequestView> recentRequests() {
        callers.current().requireStaff();
        List<VerificationRequest> requests = em.createNamedQuery("VerificationRequest.recent", VerificationRequest.class)
                .setParameter("since", LocalDate.now(clock).minusMonths(12)).setMaxResults(500).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Set<UUID> stateIds = new HashSet<>();
        LocalDate latest = LocalDate.MIN;
        for (VerificationRequest r : requests) {
            stateIds.add(r.stateId());
            latest = r.openCutoff().isAfter(latest) ? r.openCutoff() : latest;
        }
        Map<UUID, List<LocalDate>> open = new HashMap<>();
        for (Object[] row : openRoles(stateIds, latest)) {
            open.computeIfAbsent(UUID.fromString((String) row[0]), s -> new ArrayList<>()).add((LocalDate) row[2]);
        }
        Map<UUID, StateView> states = states(stateIds);
        return requests.stream().map(r -> new VerificationRequestView(r.id(), states.get(r.stateId()),
                r.requestedAt(), r.requestedBy(), r.entriesDue(), (int) open.getOrDefault(r.stateId(), List.of())
                .stream().filter(v -> v == null || !v.isAfter(r.openCutoff())).count(), r.note())).toList();
    }

    /** (state, person, last verified) of current roles last verified on or before {@code cutoff}, or never. */
    private List<Object[]> openRoles(Set<UUID> stateIds, LocalDate cutoff) {
        String where = stateIds == null ? "" : " AND r.stateId IN :states";
        var query = em.createQuery("SELECT r.stateId, r.personId, r.lastVerified FROM ContactRole r"
                + " WHERE r.validTo IS NULL AND r.stateId IS NOT NULL"
                + " AND (r.lastVerified IS NULL OR r.lastVerified <= :cutoff)" + where, Object[].class)
                .setParameter("cutoff", cutoff);
        if (stateIds != null) {
            query.setParameter("states", stateIds.stream().map(UUID::toString).toList());
        }
        return query.getResultList();
    }

    private Map<UUID, StateView> states(Set<UUID> ids) {
        Map<UUID, StateView> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        em.createQuery("SELECT s FROM State s WHERE s.id IN :ids", State.class)
                .setParameter("ids", ids.stream().map(UUID::toString).toList()).getResultStream()
                .forEach(s -> views.put(s.view().id().value(), s.view()));
        return views;
    }
}
