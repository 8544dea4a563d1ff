package org.salwhub.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The Chart.js configuration of the dashboards' charts, written into an inline script. One place decides how a
 * chart follows the reader's language: Arabic digits and a right-to-left legend and tooltip, the category axis
 * reversed and the value axis on the right in Arabic, no animation (slow devices), and no markup that could close
 * the script.
 */
public final class ChartJson {

    private final String type;
    private final String language;
    private final boolean rtl;
    private boolean horizontal;
    private boolean indexAxis;
    private boolean wholeNumbers;
    private boolean legend = true;
    private Integer max;
    private String axisTitle;

    private ChartJson(String type, String language, boolean rtl) {
        this.type = type;
        this.language = language;
        this.rtl = rtl;
    }

    /** A bar chart for a reader of this language code ({@code ar} is right to left). */
    public static ChartJson bar(String language, boolean rtl) {
        return new ChartJson("bar", language, rtl);
    }

    /** A doughnut (no axes). */
    public static ChartJson doughnut(String language, boolean rtl) {
        return new ChartJson("doughnut", language, rtl);
    }

    /** Bars along the value axis {@code x}, categories down the side (or, when false, upright bars). */
    public ChartJson horizontal(boolean horizontal) {
        this.horizontal = horizontal;
        this.indexAxis = true;
        return this;
    }

    /** Ticks on whole numbers only (counts). */
    public ChartJson wholeNumbers() {
        this.wholeNumbers = true;
        return this;
    }

    /** The value axis ends here (percentages). */
    public ChartJson max(int max) {
        this.max = max;
        return this;
    }

    /** The value axis's title. */
    public ChartJson axisTitle(String title) {
        this.axisTitle = title;
        return this;
    }

    /** Without a legend (a single series named by the page's heading). */
    public ChartJson withoutLegend() {
        this.legend = false;
        return this;
    }

    /** The category labels: one for each row, in the rows' order. */
    public static <R> JsonArrayBuilder labels(List<R> rows, Function<R, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(label.apply(r)));
        return labels;
    }

    /**
     * One series of bars: named {@code label} in the legend, drawn in {@code colour}, bars at most
     * {@code maxBarThickness} pixels wide, and one whole-number value for each row, in the rows' order.
     */
    public static <R> JsonObjectBuilder bars(String label, String colour, int maxBarThickness, List<R> rows,
                                      ToLongFunction<R> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("maxBarThickness", maxBarThickness);
    }

    public String json(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                // Arabic with Arabic-Indic digits, like the rest of the page
                .add("locale", rtl ? "ar-u-nu-arab" : language);
        if (indexAxis) {
            options.add("indexAxis", horizontal ? "y" : "x");
        }
        if (!"doughnut".equals(type)) {
            options.add("scales", scales());
        }
        JsonObjectBuilder legendOptions = Json.createObjectBuilder();
        if (!legend) {
            legendOptions.add("display", false);
        }
        options.add("plugins", Json.createObjectBuilder()
                .add("legend", legendOptions.add("position", "bottom").add("rtl", rtl))
                .add("tooltip", Json.createObjectBuilder().add("rtl", rtl)));
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private JsonObjectBuilder scales() {
        JsonObjectBuilder category = Json.createObjectBuilder().add("reverse", rtl && !horizontal)
                .add("position", horizontal ? (rtl ? "right" : "left") : "bottom");
        JsonObjectBuilder value = Json.createObjectBuilder().add("min", 0);
        if (max != null) {
            value.add("max", max);
        }
        value.add("reverse", rtl && horizontal);
        if (wholeNumbers) {
            value.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        value.add("position", horizontal ? "bottom" : (rtl ? "right" : "left"));
        if (axisTitle != null) {
            value.add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
        }
        return Json.createObjectBuilder().add(horizontal ? "y" : "x", category).add(horizontal ? "x" : "y", value);
    }
}
