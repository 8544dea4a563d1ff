package org.salwhub.web.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleId;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.api.reporting.ReportingRate;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;

/** The staff overview's figures and chart, in each language, from a stubbed boundary. */
class ReportingOverviewTest {

    /** Every key the grouping can give: the M49 subregions and "other". */
    static final List<String> GROUPS = List.of("NORTHERN_AFRICA", "EASTERN_AFRICA", "MIDDLE_AFRICA", "SOUTHERN_AFRICA",
            "WESTERN_AFRICA", "CARIBBEAN", "CENTRAL_AMERICA", "SOUTH_AMERICA", "NORTHERN_AMERICA", "CENTRAL_ASIA",
            "EASTERN_ASIA", "SOUTH_EASTERN_ASIA", "SOUTHERN_ASIA", "WESTERN_ASIA", "EASTERN_EUROPE", "NORTHERN_EUROPE",
            "SOUTHERN_EUROPE", "WESTERN_EUROPE", "AUSTRALIA_AND_NEW_ZEALAND", "MELANESIA", "MICRONESIA", "POLYNESIA",
            "OTHER");

    static final ReportingCycleView CYCLE = new ReportingCycleView(ReportingCycleId.random(), "2026", 2026,
            new LocalizedText("National reports 2026", "Rapports nationaux 2026", "التقارير الوطنية لعام 2026"),
            LocalDate.of(2026, 3, 31), "BMS9", 0);

    private static ReportingOverview overview(String language) {
        ReportingOverview overview = new ReportingOverview();
        overview.reports = new Stub();
        overview.clock = java.time.Clock.systemUTC();
        overview.language = new LanguageSelection();
        overview.language.adopt(language);
        overview.init();
        return overview;
    }

    @Test
    void everyGroupHasANameInEveryLanguage() {
        for (String language : List.of("en", "fr", "ar")) {
            for (String group : GROUPS) {
                String key = "reporting.group." + group;
                assertNotEquals(key, Messages.text(Locale.forLanguageTag(language), key), language + " " + key);
            }
        }
        assertEquals("Afrique de l'Est", Messages.text(Locale.FRENCH, "reporting.group.EASTERN_AFRICA"));
    }

    @Test
    void theCurrentCycleIsShownWithRatesByGroupAndInTotal() {
        ReportingOverview overview = overview("en");
        assertEquals("2026", overview.getCycleCode());
        assertTrue(overview.isCurrent());
        List<ReportingOverview.GroupRow> groups = overview.getGroups();
        assertEquals(List.of("Eastern Africa", "Middle Africa", "Northern Africa"),
                groups.stream().map(ReportingOverview.GroupRow::label).toList(), "sorted by name");
        assertEquals(45, groups.get(0).poa().percent());
        assertEquals(18, groups.get(0).iti().percent());
        assertEquals(0, groups.get(2).iti().reported());
        assertEquals(15, overview.getTotalPoa().states());
        assertEquals(7, overview.getTotalPoa().reported());
        assertEquals(2, overview.getTotalIti().reported());
    }

    @Test
    void theChartIsAChartJsBarChartInTheReadersLanguage() {
        JsonObject chart = json(overview("fr").getChart());
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Afrique centrale", "Afrique de l'Est", "Afrique du Nord"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("PdA", datasets.getJsonObject(0).getString("label"));
        assertEquals("IIT", datasets.getJsonObject(1).getString("label"));
        assertEquals(List.of(33, 45, 100), datasets.getJsonObject(0).getJsonArray("data").getValuesAs(
                jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
        assertEquals(100, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"));
    }

    @Test
    void inArabicTheChartRunsRightToLeft() {
        String text = overview("ar").getChart();
        JsonObject chart = json(text);
        assertTrue(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
        assertTrue(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("rtl"));
        assertEquals("right", chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getString("position"));
        assertTrue(text.contains("شرق أفريقيا"), text);
        assertFalse(text.contains("<") || text.contains(">"), "nothing can close the inline script");
    }

    private static JsonObject json(String text) {
        return jakarta.json.Json.createReader(new StringReader(text)).readObject();
    }

    /** Eastern Africa 5 of 11 (PoA) and 2 of 11 (ITI), Middle Africa 1 of 3, Northern Africa 1 of 1 (PoA only). */
    static class Stub implements NationalReportsFacade {
        @Override
        public List<ReportingCycleView> cycles() {
            return List.of(CYCLE);
        }

        @Override
        public Optional<ReportingCycleView> currentCycle() {
            return Optional.of(CYCLE);
        }

        @Override
        public Optional<ReportingCycleView> cycle(ReportingCycleId id) {
            return Optional.of(CYCLE);
        }

        @Override
        public Optional<ReportingCycleView> cycleByCode(String code) {
            return Optional.of(CYCLE);
        }

        @Override
        public List<ReportingRate> reportingRate(ReportingCycleId cycle, ReportInstrument instrument) {
            return instrument == ReportInstrument.POA
                    ? List.of(ReportingRate.of("EASTERN_AFRICA", 11, 5), ReportingRate.of("MIDDLE_AFRICA", 3, 1),
                            ReportingRate.of("NORTHERN_AFRICA", 1, 1))
                    : List.of(ReportingRate.of("EASTERN_AFRICA", 11, 2), ReportingRate.of("MIDDLE_AFRICA", 3, 0),
                            ReportingRate.of("NORTHERN_AFRICA", 1, 0));
        }

        @Override
        public List<StateView> notReported(ReportingCycleId cycle, ReportInstrument instrument) {
            return List.of();
        }

        @Override
        public String groupOf(StateView state) {
            return "OTHER";
        }

        @Override
        public List<NationalReportView> reportsOf(StateId state) {
            return List.of();
        }

        @Override
        public Optional<NationalReportView> report(NationalReportId id) {
            return Optional.empty();
        }

        @Override
        public NationalReportView saveReport(StateId state, ReportingCycleId cycle, ReportInstrument instrument,
                                             ReportEntry entry, Long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean mayRecord(StateId state) {
            return false;
        }

        @Override
        public List<DeclaredNeedView> declaredNeeds(NationalReportId report) {
            return List.of();
        }

        @Override
        public DeclaredNeedView addDeclaredNeed(NationalReportId report, NeedEntry need) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeclaredNeedView updateDeclaredNeed(DeclaredNeedId id, NeedEntry need, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeDeclaredNeed(DeclaredNeedId id, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DeclaredNeedView> openDeclaredNeeds() {
            return List.of();
        }

        @Override
        public DeclaredNeedView linkDraftNeed(DeclaredNeedId id, UUID draftNeedId) {
            throw new UnsupportedOperationException();
        }
    }
}
