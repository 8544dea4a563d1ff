package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.AgeBucket;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.GapRow;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.ChartJson;
import org.salwhub.web.ui.TableDownload;

/**
 * The gap dashboard: requested vs offered vs committed (in US dollars at the staff's exchange rates) by thematic
 * area and by State, and how long published needs have waited without a match.
 */
@Named
@ViewScoped
public class GapDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    @Inject
    LanguageSelection language;

    private transient List<GapRow> byTheme;
    private transient List<GapRow> byState;
    private transient List<AgeBucket> byAge;

    public List<GapRow> getByTheme() {
        if (byTheme == null) {
            byTheme = assistance.gapByTheme();
        }
        return byTheme;
    }

    public List<GapRow> getByState() {
        if (byState == null) {
            byState = assistance.gapByState();
        }
        return byState;
    }

    public List<AgeBucket> getByAge() {
        if (byAge == null) {
            byAge = assistance.unmatchedByAge();
        }
        return byAge;
    }

    /** The currencies the dollar sums of either table leave out for lack of an exchange rate, e.g. "XTS, ZAR". */
    public String getMissingRates() {
        return java.util.stream.Stream.concat(getByTheme().stream(), getByState().stream())
                .flatMap(r -> r.missingRates().stream()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The currencies one row leaves out, e.g. "XTS, ZAR". */
    public String currencies(GapRow row) {
        return String.join(", ", row.missingRates());
    }

    public String themeLabel(GapRow row) {
        return names.term(row.key());
    }

    public String stateLabel(GapRow row) {
        return names.state(UUID.fromString(row.key()));
    }

    public String ageLabel(AgeBucket bucket) {
        Locale locale = language.getLocale();
        return bucket.toMonths() == null ? Messages.text(locale, "gaps.age.over", bucket.fromMonths())
                : Messages.text(locale, "gaps.age.span", bucket.fromMonths(), bucket.toMonths());
    }

    public StreamedContent getThemeCsv() {
        return TableDownload.csv("gaps-by-theme", () -> gapHeaders("needs.col.themes"),
                () -> gapRows(getByTheme(), this::themeLabel));
    }

    public StreamedContent getThemeXlsx() {
        return TableDownload.xlsx("gaps-by-theme", "gaps.byTheme", () -> gapHeaders("needs.col.themes"),
                () -> gapRows(getByTheme(), this::themeLabel));
    }

    public StreamedContent getStateCsv() {
        return TableDownload.csv("gaps-by-state", () -> gapHeaders("needs.col.state"),
                () -> gapRows(getByState(), this::stateLabel));
    }

    public StreamedContent getStateXlsx() {
        return TableDownload.xlsx("gaps-by-state", "gaps.byState", () -> gapHeaders("needs.col.state"),
                () -> gapRows(getByState(), this::stateLabel));
    }

    private static List<String> gapHeaders(String keyColumn) {
        return TableDownload.headers(keyColumn, "gaps.col.requestedUsd", "gaps.col.offeredUsd",
                "gaps.col.committedUsd", "gaps.col.requested", "gaps.col.offered", "gaps.col.committed",
                "export.missingRates");
    }

    private static List<List<Object>> gapRows(List<GapRow> rows, Function<GapRow, String> label) {
        return rows.stream().map(r -> List.<Object>of(label.apply(r), r.requestedUsd(), r.offeredUsd(),
                r.committedUsd(), r.requested(), r.offered(), r.committed(), String.join(", ", r.missingRates())))
                .toList();
    }

    public String getThemeChart() {
        return bars(getByTheme(), this::themeLabel, true, true);
    }

    public String getStateChart() {
        return bars(getByState(), this::stateLabel, false, true);
    }

    public String getAgeChart() {
        Locale locale = language.getLocale();
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(ChartJson.bars(
                Messages.text(locale, "gaps.unmatched"), "#b5523b", 48, getByAge(), AgeBucket::needs));
        return chart(ChartJson.labels(getByAge(), this::ageLabel), datasets, false,
                Messages.text(locale, "gaps.axis.needs"));
    }

    private String bars(List<GapRow> rows, Function<GapRow, String> label, boolean horizontal, boolean offered) {
        Locale locale = language.getLocale();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Messages.text(locale, "gaps.requested"), "#1f3b63", rows, GapRow::requestedUsd));
        if (offered) {
            datasets.add(dataset(Messages.text(locale, "gaps.offered"), "#c8902e", rows, GapRow::offeredUsd));
        }
        datasets.add(dataset(Messages.text(locale, "gaps.committed"), "#3c7a4a", rows, GapRow::committedUsd));
        return chart(ChartJson.labels(rows, label), datasets, horizontal, Messages.text(locale, "gaps.axis.usd"));
    }

    /** Amounts in US dollars, whole. */
    private static JsonObjectBuilder dataset(String label, String colour, List<GapRow> rows,
                                             Function<GapRow, BigDecimal> value) {
        return ChartJson.bars(label, colour, 28, rows, r -> value.apply(r).longValue());
    }

    private String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, String axis) {
        return ChartJson.bar(language.getCode(), language.isRightToLeft()).horizontal(horizontal).wholeNumbers()
                .axisTitle(axis).json(labels, datasets);
    }
}
