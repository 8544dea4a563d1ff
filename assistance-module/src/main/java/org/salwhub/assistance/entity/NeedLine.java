package org.salwhub.assistance.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.salwhub.assistance.api.LineInput;

/** A line item of a need; {@code covered} counts what confirmed matches provide. */
@Entity
@Table(name = "asst_need_line")
@AttributeOverride(name = "done", column = @Column(name = "covered", nullable = false))
public class NeedLine extends ItemLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    protected NeedLine() {
    }

    NeedLine(Need need, int lineNo, LineInput input) {
        super(lineNo, input);
        this.need = need;
    }
}
