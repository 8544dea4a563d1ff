package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CohortFellowView;
import org.salwhub.fellowship.api.FellowshipCallReport;
import org.salwhub.fellowship.api.FellowshipCount;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerStatus;
import org.salwhub.fellowship.api.FellowshipSpending;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.FellowshipLedgerItem;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;

/** A call's report for staff: applications by State, subregion and sex, selection and completion, spending. */
@Dependent
public class Reports {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    Cohorts cohorts;

    @Inject
    RegistryFacade registry;

    FellowshipCallReport report(CallId callId) {
        records.staff();
        FellowshipCall call = records.loadCall(callId);
        List<Nomination> applications = records.nominationsOfCall(call).stream()
                .filter(n -> n.status() != NominationStatus.WITHDRAWN).toList();
        Map<UUID, StateView> states = new HashMap<>();
        applications.stream().map(Nomination::stateId).distinct()
                .forEach(id -> registry.state(new StateId(id)).ifPresent(s -> states.put(id, s)));
        List<FellowshipCount> byState = counts(applications, n -> n.stateId().toString());
        List<FellowshipCount> bySubregion = counts(applications, n -> Optional.ofNullable(states.get(n.stateId()))
                .map(StateView::subregion).map(Enum::name).orElse("NONE"));
        List<FellowshipCount> bySex = counts(applications, n -> n.sex() == null ? "UNDISCLOSED" : n.sex().name());
        int selected = (int) applications.stream().filter(n -> n.status() == NominationStatus.SELECTED
                || n.status() == NominationStatus.ACCEPTED || n.status() == NominationStatus.DECLINED
                || n.status() == NominationStatus.LAPSED).count();
        List<CohortFellowView> fellows = cohorts.fellows(call, null);
        int completed = (int) fellows.stream().filter(CohortFellowView::completed).count();
        return new FellowshipCallReport(records.view(call), applications.size(), byState, bySubregion, bySex, selected,
                fellows.size(), completed, spending(call));
    }

    /** What the call's ledgers planned, approved and paid, by donor and currency. */
    private List<FellowshipSpending> spending(FellowshipCall call) {
        Map<String, BigDecimal[]> spending = new TreeMap<>();
        for (FellowshipLedgerItem item : em.createNamedQuery("FellowshipLedgerItem.ofCall", FellowshipLedgerItem.class)
                .setParameter("call", call.id()).getResultList()) {
            FellowshipLedgerEntry e = item.entry();
            BigDecimal[] sums = spending.computeIfAbsent((e.donorId() == null ? "" : e.donorId().toString()) + "|"
                    + e.currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[e.status().ordinal()] = sums[e.status().ordinal()].add(e.amount());
        }
        return spending.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\\|");
            BigDecimal[] s = entry.getValue();
            return new FellowshipSpending(key[0].isEmpty() ? null : UUID.fromString(key[0]), key[1],
                    s[FellowshipLedgerStatus.PLANNED.ordinal()], s[FellowshipLedgerStatus.APPROVED.ordinal()],
                    s[FellowshipLedgerStatus.PAID.ordinal()]);
        }).toList();
    }

    private static List<FellowshipCount> counts(List<Nomination> list, Function<Nomination, String> key) {
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> new FellowshipCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FellowshipCount::count).reversed()
                        .thenComparing(FellowshipCount::key)).toList();
    }
}
