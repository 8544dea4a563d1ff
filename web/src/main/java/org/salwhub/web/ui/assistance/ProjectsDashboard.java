package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectMoneyRow;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.web.export.ProjectTables;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.ChartJson;
import org.salwhub.web.ui.TableDownload;
import org.salwhub.web.ui.ViewerZone;

/**
 * The projects dashboard: requested versus pledged, committed and disbursed (US dollars at the staff rates) by
 * State, donor, thematic area and year; deliverables delivered versus planned; overdue reports; for staff also the
 * duplicate-funding report and the assets nobody reported on.
 */
@Named
@ViewScoped
public class ProjectsDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFacade projects;

    @Inject
    AssistanceNames names;

    @Inject
    org.salwhub.registry.api.RegistryFacade registry;

    @Inject
    AssistanceTexts texts;

    @Inject
    LanguageSelection language;

    @Inject
    CallerContext callers;

    @Inject
    ViewerZone zone;

    private transient ProjectDashboard dashboard;
    private transient List<ProjectWarning> duplicates;
    private transient List<AssetView> staleAssets;

    public ProjectDashboard getData() {
        if (dashboard == null) {
            dashboard = projects.dashboard();
        }
        return dashboard;
    }

    public List<ProjectWarning> getDuplicates() {
        if (duplicates == null) {
            duplicates = projects.mayReviewDuplicateFunding() ? projects.duplicateFundingReport() : List.of();
        }
        return duplicates;
    }

    public List<AssetView> getStaleAssets() {
        if (staleAssets == null) {
            staleAssets = projects.assets(Optional.empty(), true);
        }
        return staleAssets;
    }

    public int getAssetMonths() {
        return projects.assetReportMonths();
    }

    public String warning(ProjectWarning w) {
        return org.salwhub.web.export.ProjectExports.warning(w, registry, texts, language.getLocale());
    }

    /**
     * One list of the dashboard ({@code table}: states, donors, themes, years, projects, overdue, assets,
     * duplicates) as CSV or XLSX, read again when the file is written: only the projects the viewer may see.
     */
    public StreamedContent table(String table, String format) {
        ProjectTables.DashboardTable which = ProjectTables.DashboardTable.of(table);
        ProjectTables tables = new ProjectTables(registry, texts, language.getLocale(), zone.getZone());
        return TableDownload.table(format, "projects-dashboard-" + which.name().toLowerCase(Locale.ROOT),
                () -> tables.dashboard(projects.dashboard(), which,
                        which == ProjectTables.DashboardTable.ASSETS ? projects.assets(Optional.empty(), true)
                                : List.of(),
                        which == ProjectTables.DashboardTable.DUPLICATES && projects.mayReviewDuplicateFunding()
                                ? projects.duplicateFundingReport() : List.of()));
    }

    /** The project's title in the viewer's language (the overdue and asset lists carry it in English only). */
    public String title(ProjectId id, String fallback) {
        return getData().projects().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.title().in(language.getLocale())).orElse(fallback);
    }

    /** Whether any project's US dollar figures leave out a currency (the column shows only then). */
    public boolean isProjectsMissingRates() {
        return getData().projects().stream().anyMatch(p -> !p.missingRates().isEmpty());
    }

    /** Currency codes as "XTS, ZAR". */
    public String currencies(Collection<String> codes) {
        return codes == null ? "" : String.join(", ", codes);
    }

    /** The currencies the dashboard's sums leave out for lack of an exchange rate, e.g. "XTS, ZAR". */
    public String getMissingRates() {
        return String.join(", ", getData().missingRates());
    }

    /**
     * For one breakdown: each currency left out and the rows it is missing from, e.g. "XTS: Malawi, Kenya";
     * empty when nothing was left out.
     */
    public List<String> missingIn(String breakdown) {
        List<ProjectMoneyRow> rows;
        Function<ProjectMoneyRow, String> label;
        switch (breakdown) {
            case "donors" -> {
                rows = getData().byDonor();
                label = this::donorLabel;
            }
            case "themes" -> {
                rows = getData().byTheme();
                label = this::themeLabel;
            }
            case "years" -> {
                rows = getData().byYear();
                label = ProjectMoneyRow::key;
            }
            default -> {
                rows = getData().byState();
                label = this::stateLabel;
            }
        }
        Map<String, List<String>> byCurrency = new TreeMap<>();
        rows.forEach(r -> r.missingRates().forEach(c -> byCurrency.computeIfAbsent(c, k -> new ArrayList<>())
                .add(label.apply(r))));
        Locale locale = language.getLocale();
        return byCurrency.entrySet().stream().map(e -> e.getKey() + ": "
                + AssistanceTexts.join(e.getValue().stream().sorted().toList(), locale)).toList();
    }

    public String stateLabel(ProjectMoneyRow row) {
        return names.state(UUID.fromString(row.key()));
    }

    public String donorLabel(ProjectMoneyRow row) {
        String acronym = names.organisation(UUID.fromString(row.key()));
        return acronym == null || acronym.isBlank() ? names.organisationName(UUID.fromString(row.key())) : acronym;
    }

    public String themeLabel(ProjectMoneyRow row) {
        return names.term(row.key());
    }

    public String getStateChart() {
        return money(getData().byState(), this::stateLabel, true);
    }

    public String getDonorChart() {
        return money(getData().byDonor(), this::donorLabel, false);
    }

    public String getThemeChart() {
        return money(getData().byTheme(), this::themeLabel, true);
    }

    public String getYearChart() {
        return money(getData().byYear(), ProjectMoneyRow::key, false);
    }

    public String getDeliveryChart() {
        Locale locale = language.getLocale();
        List<ProjectMoneyRow> rows = getData().byState();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(ChartJson.bars(Messages.text(locale, "project.dash.planned"), "#9aa9bd", 32, rows,
                        ProjectMoneyRow::planned))
                .add(ChartJson.bars(Messages.text(locale, "project.dash.delivered"), "#3c7a4a", 32, rows,
                        ProjectMoneyRow::delivered));
        return chart(ChartJson.labels(rows, this::stateLabel), datasets, false,
                Messages.text(locale, "project.dash.units"));
    }

    public String getOverdueChart() {
        Locale locale = language.getLocale();
        List<ProjectMoneyRow> rows = getData().byState().stream().filter(r -> r.overdueReports() > 0).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(ChartJson.bars(Messages.text(locale,
                "project.dash.overdueReports"), "#b5523b", 32, rows, ProjectMoneyRow::overdueReports));
        return chart(ChartJson.labels(rows, this::stateLabel), datasets, false,
                Messages.text(locale, "project.dash.reports"));
    }

    private String money(List<ProjectMoneyRow> rows, Function<ProjectMoneyRow, String> label, boolean horizontal) {
        Locale locale = language.getLocale();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Messages.text(locale, "project.dash.requested"), "#1f3b63", rows,
                        ProjectMoneyRow::requested))
                .add(dataset(Messages.text(locale, "project.dash.pledged"), "#9aa9bd", rows, ProjectMoneyRow::pledged))
                .add(dataset(Messages.text(locale, "project.dash.committed"), "#c8902e", rows,
                        ProjectMoneyRow::committed))
                .add(dataset(Messages.text(locale, "project.dash.disbursed"), "#3c7a4a", rows,
                        ProjectMoneyRow::disbursed));
        return chart(ChartJson.labels(rows, label), datasets, horizontal, Messages.text(locale, "project.dash.usd"));
    }

    /** Amounts in US dollars, whole. */
    private static JsonObjectBuilder dataset(String label, String colour, List<ProjectMoneyRow> rows,
                                             Function<ProjectMoneyRow, BigDecimal> value) {
        return ChartJson.bars(label, colour, 24, rows, r -> value.apply(r).longValue());
    }

    private String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, String axis) {
        return ChartJson.bar(language.getCode(), language.isRightToLeft()).horizontal(horizontal).axisTitle(axis)
                .json(labels, datasets);
    }
}
