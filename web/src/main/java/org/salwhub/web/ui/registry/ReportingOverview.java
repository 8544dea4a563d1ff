package org.salwhub.web.ui.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.api.reporting.ReportingRate;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.ChartJson;

/**
 * Staff follow national reporting: the reporting rate of a cycle (the current one first) by subregion, for the
 * PoA and the ITI, and the member States that have not reported yet.
 */
@Named
@ViewScoped
public class ReportingOverview implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    /** Bar colours: the PoA in the hub's navy, the ITI in its ochre. */
    private static final Map<ReportInstrument, String> COLOURS = Map.of(ReportInstrument.POA, "#1f3b63",
            ReportInstrument.ITI, "#c8902e");

    @Inject
    NationalReportsFacade reports;

    @Inject
    LanguageSelection language;

    private String cycleCode;
    private ReportInstrument instrument = ReportInstrument.POA;

    private transient List<ReportingCycleView> cycles;
    private transient ReportingCycleView cycle;
    private transient Map<ReportInstrument, List<ReportingRate>> rates;
    private transient List<StateRow> notReported;

    /** A group's rate for both instruments, with the group's name in the reader's language. */
    public record GroupRow(String group, String label, ReportingRate poa, ReportingRate iti) {
    }

    /** A member State without a report. */
    public record StateRow(String iso2, String name, String group) {
    }

    @PostConstruct
    void init() {
        cycleCode = reports.currentCycle().map(ReportingCycleView::code).orElse(null);
    }

    /** After another cycle or instrument was chosen. */
    public void refresh() {
        cycle = null;
        rates = null;
        notReported = null;
    }

    public List<ReportingCycleView> getCycles() {
        if (cycles == null) {
            cycles = reports.cycles();
        }
        return cycles;
    }

    public ReportingCycleView getCycle() {
        if (cycle == null && cycleCode != null) {
            cycle = getCycles().stream().filter(c -> c.code().equals(cycleCode)).findFirst().orElse(null);
        }
        return cycle;
    }

    public boolean isCurrent() {
        return getCycle() != null && reports.currentCycle().map(c -> c.id().equals(cycle.id())).orElse(false);
    }

    public long getDaysLeft() {
        return getCycle() == null ? 0 : getCycle().daysLeft(LocalDate.now(clock));
    }

    private List<ReportingRate> rates(ReportInstrument which) {
        if (getCycle() == null) {
            return List.of();
        }
        if (rates == null) {
            rates = new HashMap<>();
        }
        return rates.computeIfAbsent(which, key -> reports.reportingRate(getCycle().id(), key));
    }

    /** One row per group, ordered by group name in the reader's language. */
    public List<GroupRow> getGroups() {
        List<ReportingRate> poa = rates(ReportInstrument.POA);
        List<ReportingRate> iti = rates(ReportInstrument.ITI);
        return poa.stream().map(p -> new GroupRow(p.group(), groupLabel(p.group()), p, iti.stream()
                        .filter(i -> i.group().equals(p.group())).findFirst().orElse(ReportingRate.of(p.group(), 0, 0))))
                .sorted((a, b) -> java.text.Collator.getInstance(locale()).compare(a.label(), b.label())).toList();
    }

    /** All member States together, for one instrument. */
    public ReportingRate total(ReportInstrument which) {
        List<ReportingRate> groups = rates(which);
        return ReportingRate.of("ALL", groups.stream().mapToInt(ReportingRate::states).sum(),
                groups.stream().mapToInt(ReportingRate::reported).sum());
    }

    public ReportingRate getTotalPoa() {
        return total(ReportInstrument.POA);
    }

    public ReportingRate getTotalIti() {
        return total(ReportInstrument.ITI);
    }

    /** The member States without a report on the chosen instrument, by name in the reader's language. */
    public List<StateRow> getNotReported() {
        if (notReported == null) {
            if (getCycle() == null) {
                return List.of();
            }
            java.text.Collator collator = java.text.Collator.getInstance(locale());
            notReported = reports.notReported(getCycle().id(), instrument).stream()
                    .map((StateView s) -> new StateRow(s.iso2(), s.name().in(locale()), groupLabel(reports.groupOf(s))))
                    .sorted((a, b) -> collator.compare(a.name(), b.name())).toList();
        }
        return notReported;
    }

    /** A Chart.js bar chart of the rate in percent by group, one bar for each instrument. */
    public String getChart() {
        List<GroupRow> groups = getGroups();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ReportInstrument which : ReportInstrument.values()) {
            datasets.add(ChartJson.bars(Messages.text(locale(), which == ReportInstrument.POA ? "reporting.poa.short"
                    : "reporting.iti.short"), COLOURS.get(which), 48, groups,
                    g -> which == ReportInstrument.POA ? g.poa().percent() : g.iti().percent()));
        }
        return ChartJson.bar(language.getCode(), language.isRightToLeft()).max(100)
                .axisTitle(Messages.text(locale(), "reporting.rate.axis")).json(ChartJson.labels(groups,
                        GroupRow::label), datasets);
    }

    public String groupLabel(String group) {
        return Messages.text(locale(), "reporting.group." + group);
    }

    public ReportInstrument[] getInstruments() {
        return ReportInstrument.values();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public String getCycleCode() {
        return cycleCode;
    }

    public void setCycleCode(String cycleCode) {
        this.cycleCode = cycleCode;
    }

    public ReportInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(ReportInstrument instrument) {
        this.instrument = instrument == null ? ReportInstrument.POA : instrument;
    }
}
