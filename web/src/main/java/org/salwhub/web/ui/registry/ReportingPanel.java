package org.salwhub.web.ui.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.api.reporting.ReportingRate;
import org.salwhub.web.ui.CurrentUser;

/**
 * The "National reporting" panels of the dashboard: a focal point sees their State's reports in the current
 * cycle and the deadline; staff see the reporting rate.
 */
@Named
@RequestScoped
public class ReportingPanel {

    @Inject
    Clock clock;

    @Inject
    NationalReportsFacade reports;

    @Inject
    CurrentUser user;

    private Optional<ReportingCycleView> cycle;
    private List<NationalReportView> own;

    public ReportingCycleView getCycle() {
        if (cycle == null) {
            cycle = user.isSignedIn() ? reports.currentCycle() : Optional.empty();
        }
        return cycle.orElse(null);
    }

    /** Days to the deadline; negative once it has passed. */
    public long getDaysLeft() {
        return getCycle() == null ? 0 : getCycle().daysLeft(LocalDate.now(clock));
    }

    public long getDaysOverdue() {
        return -getDaysLeft();
    }

    public NationalReportView getPoa() {
        return ownReport(ReportInstrument.POA);
    }

    public NationalReportView getIti() {
        return ownReport(ReportInstrument.ITI);
    }

    /** Both reports of the focal point's State are recorded as submitted. */
    public boolean isComplete() {
        return submitted(getPoa()) && submitted(getIti());
    }

    public boolean submitted(NationalReportView report) {
        return report != null && report.submitted();
    }

    private NationalReportView ownReport(ReportInstrument instrument) {
        if (getCycle() == null || user.getCaller().state().isEmpty()) {
            return null;
        }
        if (own == null) {
            own = reports.reportsOf(new StateId(user.getCaller().state().get())).stream()
                    .filter(r -> r.cycleId().equals(getCycle().id())).toList();
        }
        return own.stream().filter(r -> r.instrument() == instrument).findFirst().orElse(null);
    }

    /** All member States together, for staff. */
    public ReportingRate rate(ReportInstrument instrument) {
        if (getCycle() == null) {
            return ReportingRate.of("ALL", 0, 0);
        }
        List<ReportingRate> groups = reports.reportingRate(getCycle().id(), instrument);
        return ReportingRate.of("ALL", groups.stream().mapToInt(ReportingRate::states).sum(),
                groups.stream().mapToInt(ReportingRate::reported).sum());
    }

    public ReportingRate getPoaRate() {
        return rate(ReportInstrument.POA);
    }

    public ReportingRate getItiRate() {
        return rate(ReportInstrument.ITI);
    }
}
