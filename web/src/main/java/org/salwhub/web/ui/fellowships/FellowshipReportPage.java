package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.FellowshipCallReport;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.FellowshipSpending;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.export.FellowshipReportExports.Line;
import org.salwhub.web.export.FellowshipReportExports;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.ChartJson;

/**
 * A call's report for staff: applications by State, subregion and sex (charts), selection and completion rates,
 * spending by donor; exported as CSV, XLSX or PDF.
 */
@Named
@ViewScoped
public class FellowshipReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    private String call;
    private transient FellowshipCallReport report;

    /** A labelled count. */
    public record Row(String label, long count) {
    }

    public FellowshipCallReport getReport() {
        if (report == null && call != null) {
            report = fellowships.report(CallId.of(call));
        }
        return report;
    }

    public List<Row> getByState() {
        return getReport().byState().stream().map(c -> new Row(stateName(c.key()), c.count())).toList();
    }

    public List<Row> getBySubregion() {
        return getReport().bySubregion().stream().map(c -> new Row(subregionName(c.key()), c.count())).toList();
    }

    public List<Row> getBySex() {
        return getReport().bySex().stream().map(c -> new Row(sexName(c.key()), c.count())).toList();
    }

    public String donorName(UUID donor) {
        return donor == null ? text("fellowship.ledger.noDonor")
                : registry.organisation(new OrganisationId(donor)).map(o -> o.acronym()).orElse("");
    }

    /** A Chart.js bar chart of applications by State. */
    public String getStateChart() {
        return chart("bar", getByState(), "#1f3b63");
    }

    /** A Chart.js doughnut of applications by sex. */
    public String getSexChart() {
        return chart("doughnut", getBySex(), null);
    }

    private String chart(String type, List<Row> rows, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> {
            labels.add(r.label());
            data.add(r.count());
        });
        var dataset = Json.createObjectBuilder().add("label", text("fellowship.report.applications")).add("data", data);
        if (colour != null) {
            dataset.add("backgroundColor", colour).add("maxBarThickness", 48);
        } else {
            dataset.add("backgroundColor", Json.createArrayBuilder().add("#c8902e").add("#1f3b63").add("#8a94a6"));
        }
        ChartJson chart = "bar".equals(type)
                ? ChartJson.bar(language.getCode(), language.isRightToLeft()).wholeNumbers().withoutLegend()
                : ChartJson.doughnut(language.getCode(), language.isRightToLeft());
        return chart.json(labels, Json.createArrayBuilder().add(dataset));
    }

    // ------------------------------------------------------------------ exports

    List<Line> lines() {
        FellowshipCallReport r = getReport();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text("fellowship.report.applications"), "", number(r.applications())));
        getByState().forEach(x -> lines.add(new Line(text("fellowship.report.byState"), x.label(), number(x.count()))));
        getBySubregion().forEach(x -> lines.add(new Line(text("fellowship.report.bySubregion"), x.label(),
                number(x.count()))));
        getBySex().forEach(x -> lines.add(new Line(text("fellowship.report.bySex"), x.label(), number(x.count()))));
        lines.add(new Line(text("fellowship.report.selectionRate"), "", Messages.text(locale(),
                "fellowship.report.rate", number(r.selected()), number(r.applications()),
                number(r.selectionRatePercent()))));
        lines.add(new Line(text("fellowship.report.completionRate"), "", Messages.text(locale(),
                "fellowship.report.rate", number(r.completed()), number(r.fellows()),
                number(r.completionRatePercent()))));
        for (FellowshipSpending s : r.spending()) {
            String donor = donorName(s.donorId());
            lines.add(new Line(text("fellowship.report.spending"), donor + " · " + text("fellowship.report.planned"),
                    Formats.money(s.planned(), s.currency(), locale())));
            lines.add(new Line(text("fellowship.report.spending"), donor + " · " + text("fellowship.report.approved"),
                    Formats.money(s.approved(), s.currency(), locale())));
            lines.add(new Line(text("fellowship.report.spending"), donor + " · " + text("fellowship.report.paid"),
                    Formats.money(s.paid(), s.currency(), locale())));
        }
        return lines;
    }

    List<String> header() {
        return List.of(text("fellowship.report.key"), text("fellowship.call.title"), text("fellowship.report.count"));
    }

    public StreamedContent getCsv() {
        List<Line> lines = lines();
        return DefaultStreamedContent.builder().name("fellowship-report.csv").contentType("text/csv; charset=UTF-8")
                .writer(out -> FellowshipReportExports.csv(header(), lines, out)).build();
    }

    public StreamedContent getXlsx() {
        List<Line> lines = lines();
        return DefaultStreamedContent.builder().name("fellowship-report.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> FellowshipReportExports.xlsx(header(), lines, locale(), out)).build();
    }

    public StreamedContent getPdf() {
        List<Line> lines = lines();
        String title = Messages.text(locale(), "fellowship.report.title", getReport().call().title());
        return DefaultStreamedContent.builder().name("fellowship-report.pdf").contentType("application/pdf")
                .writer(out -> FellowshipReportExports.pdf(title, header(), lines, locale(), out)).build();
    }

    // ------------------------------------------------------------------ labels

    private String stateName(String id) {
        try {
            return registry.state(new StateId(UUID.fromString(id))).map(s -> s.name().in(locale())).orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private String subregionName(String key) {
        return "NONE".equals(key) ? text("reporting.group.OTHER") : text("reporting.group." + key);
    }

    private String sexName(String key) {
        try {
            return Messages.text(locale(), FellowshipLabels.key(Sex.valueOf(key)));
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private String number(Number n) {
        return n == null ? "" : java.text.NumberFormat.getNumberInstance(locale()).format(n);
    }

    private String text(String key) {
        return Messages.text(locale(), key);
    }

    private Locale locale() {
        return language.getLocale();
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }
}
