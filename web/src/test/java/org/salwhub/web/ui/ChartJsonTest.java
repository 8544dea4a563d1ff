package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The dashboards' chart configuration follows the reader's direction and never closes its inline script. */
class ChartJsonTest {

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static String chart(ChartJson chart) {
        return chart.json(Json.createArrayBuilder().add("</script><b>"),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", Json.createArrayBuilder().add(3))));
    }

    @Test
    void anArabicHorizontalBarChartRunsRightToLeft() {
        JsonObject c = parse(chart(ChartJson.bar("ar", true).horizontal(true).wholeNumbers().axisTitle("USD")));
        JsonObject options = c.getJsonObject("options");
        assertEquals("ar-u-nu-arab", options.getString("locale"));
        assertEquals("y", options.getString("indexAxis"));
        assertEquals("right", options.getJsonObject("scales").getJsonObject("y").getString("position"));
        assertTrue(options.getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
        assertEquals(0, options.getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"));
        assertEquals("USD", options.getJsonObject("scales").getJsonObject("x").getJsonObject("title").getString("text"));
        assertTrue(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("rtl"));
    }

    @Test
    void anEnglishUprightChartHasItsValueAxisOnTheLeftUpToItsMaximum() {
        JsonObject c = parse(chart(ChartJson.bar("en", false).max(100).withoutLegend()));
        JsonObject y = c.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals("left", y.getString("position"));
        assertEquals(100, y.getInt("max"));
        assertFalse(c.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("reverse"));
        assertFalse(c.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"));
    }

    @Test
    void aDoughnutHasNoAxesAndNoMarkupEscapesTheScript() {
        String json = chart(ChartJson.doughnut("fr", false));
        assertFalse(json.contains("<") || json.contains(">"));
        assertFalse(parse(json).getJsonObject("options").containsKey("scales"));
        assertEquals("</script><b>", parse(json).getJsonObject("data").getJsonArray("labels").getString(0));
    }

    @Test
    void aSeriesOfBarsHasOneValuePerRowInOrderWithItsLabelColourAndThickness() {
        record Row(String name, long value) {
        }
        java.util.List<Row> rows = java.util.List.of(new Row("Kenya", 12), new Row("Mali", 0), new Row("Chad", 7));
        String json = ChartJson.bar("en", false).json(ChartJson.labels(rows, Row::name),
                Json.createArrayBuilder().add(ChartJson.bars("Requested", "#1f3b63", 28, rows, Row::value)));
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"Kenya\",\"Mali\",\"Chad\"],\"datasets\":[{"
                + "\"label\":\"Requested\",\"data\":[12,0,7],\"backgroundColor\":\"#1f3b63\","
                + "\"maxBarThickness\":28}]}}", json.substring(0, json.indexOf(",\"options\"")) + "}");
    }
}
