package org.salwhub.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;

/** What the need and offer forms share: editable line items and a list of language codes typed as text. */
public abstract class LineItemsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<LineRow> lines = new ArrayList<>();

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    public List<LineRow> getLines() {
        return lines;
    }

    protected void setLines(List<LineRow> rows) {
        lines = new ArrayList<>(rows);
    }

    /** The filled-in lines as the boundary takes them. */
    protected List<LineInput> lineInputs() {
        return lines.stream().filter(l -> !l.isEmpty()).map(LineRow::input).toList();
    }

    public LineUnit[] getUnits() {
        return LineUnit.values();
    }

    /** "en, fr" or "en fr" as a set of codes. */
    protected static Set<String> codes(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
