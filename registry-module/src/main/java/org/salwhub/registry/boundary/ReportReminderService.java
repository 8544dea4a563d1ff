package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.control.ReportReminderPlan;
import org.salwhub.registry.entity.ReportingCycle;
import org.salwhub.registry.entity.State;

/**
 * Reminds the focal points of member States that have not yet reported of a national-report deadline, in the
 * windows of {@link ReportReminderPlan}; {@link ReportReminderTimer} runs it every morning as the system.
 */
@Stateless
public class ReportReminderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    CallerContext callers;

    /**
     * Sends the reminders due on {@code today}; returns how many States were reminded (repeats are ignored). Only
     * the system runs it.
     */
    public int remind(LocalDate today) {
        callers.current().requireSystem();
        int reminded = 0;
        for (ReportingCycle entity : em.createNamedQuery("ReportingCycle.all", ReportingCycle.class).getResultList()) {
            ReportingCycleView cycle = entity.view();
            Optional<Integer> window = ReportReminderPlan.window(cycle.deadline(), today);
            if (window.isEmpty()) {
                continue;
            }
            for (State member : em.createNamedQuery("State.members", State.class).getResultList()) {
                StateView state = member.view();
                List<String> missing = missing(cycle, state);
                if (missing.isEmpty()) {
                    continue;
                }
                boolean overdue = window.get() == ReportReminderPlan.OVERDUE;
                notifier.send(Notification.of("registry.report.reminder", Audience.focalPointsOf(state.id().value()),
                                overdue ? "notify.report.overdue" : "notify.report.reminder", cycle.title(),
                                cycle.deadline(), String.join(", ", missing), Math.abs(cycle.daysLeft(today)))
                        .linkingTo("/app/reports.xhtml?iso=" + state.iso2())
                        .once(ReportReminderPlan.dedupeKey(cycle.code(), state.id().toString(), window.get())));
                reminded++;
            }
        }
        return reminded;
    }

    private List<String> missing(ReportingCycleView cycle, StateView state) {
        Set<ReportInstrument> submitted = new HashSet<>(em.createQuery("SELECT r.instrument FROM NationalReport r"
                        + " WHERE r.cycleId = :cycle AND r.stateId = :state AND r.submitted = TRUE", ReportInstrument.class)
                .setParameter("cycle", cycle.id().toString()).setParameter("state", state.id().toString())
                .getResultList());
        List<String> missing = new ArrayList<>();
        for (ReportInstrument instrument : ReportInstrument.values()) {
            if (!submitted.contains(instrument)) {
                missing.add(instrument == ReportInstrument.POA ? "PoA" : "ITI");
            }
        }
        return missing;
    }
}
