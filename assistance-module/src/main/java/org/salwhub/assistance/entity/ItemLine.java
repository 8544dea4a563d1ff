package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.LineView;

/**
 * A line item of a need or an offer: an equipment type or training topic, a quantity and its unit, and how much of
 * it confirmed matches have already taken ({@code done}: covered for a need, committed for an offer).
 */
@MappedSuperclass
public abstract class ItemLine {

    public static final int NOTE_MAX = 300;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_code", nullable = false, length = 20)
    private LineUnit unit;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(nullable = false)
    private int done;

    @Version
    private long version;

    protected ItemLine() {
    }

    protected ItemLine(int lineNo, LineInput input) {
        this.id = UUID.randomUUID().toString();
        this.lineNo = lineNo;
        describe(input);
    }

    final void describe(LineInput input) {
        this.itemCode = input.itemCode().trim();
        this.quantity = input.quantity();
        this.unit = input.unit() == null ? LineUnit.PIECE : input.unit();
        this.note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
    }

    /** Takes {@code amount} more of this line; refused beyond the quantity. */
    final void take(int amount) {
        if (amount <= 0 || done + amount > quantity) {
            throw new IllegalArgumentException("only " + remaining() + " of " + itemCode + " left");
        }
        done += amount;
    }

    public String itemCode() {
        return itemCode;
    }

    public int quantity() {
        return quantity;
    }

    public int done() {
        return done;
    }

    public int remaining() {
        return Math.max(0, quantity - done);
    }

    public int lineNo() {
        return lineNo;
    }

    public LineView view() {
        return new LineView(itemCode, quantity, unit, note, done);
    }
}
