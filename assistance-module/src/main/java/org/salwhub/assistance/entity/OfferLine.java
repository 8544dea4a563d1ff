package org.salwhub.assistance.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.salwhub.assistance.api.LineInput;

/** A line of an offer's capacity; {@code committed} counts what confirmed matches took. */
@Entity
@Table(name = "asst_offer_line")
@AttributeOverride(name = "done", column = @Column(name = "committed", nullable = false))
public class OfferLine extends ItemLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    protected OfferLine() {
    }

    OfferLine(Offer offer, int lineNo, LineInput input) {
        super(lineNo, input);
        this.offer = offer;
    }
}
