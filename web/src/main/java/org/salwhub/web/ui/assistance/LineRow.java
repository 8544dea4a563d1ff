package org.salwhub.web.ui.assistance;

import java.io.Serializable;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.LineView;

/** A line item as a form edits it. */
public class LineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemCode;
    private Integer quantity;
    private LineUnit unit = LineUnit.PIECE;
    private String note;

    public static LineRow of(LineView line) {
        LineRow row = new LineRow();
        row.itemCode = line.itemCode();
        row.quantity = line.quantity();
        row.unit = line.unit();
        row.note = line.note();
        return row;
    }

    public boolean isEmpty() {
        return (itemCode == null || itemCode.isBlank()) && quantity == null;
    }

    public LineInput input() {
        return new LineInput(itemCode, quantity, unit, note);
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LineUnit getUnit() {
        return unit;
    }

    public void setUnit(LineUnit unit) {
        this.unit = unit;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
