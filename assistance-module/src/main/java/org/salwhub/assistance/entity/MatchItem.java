package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** The quantity of one item a match moves from the offer to the need. */
@Entity
@Table(name = "asst_match_line")
public class MatchItem {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "match_id")
    private Match match;

    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Column(nullable = false)
    private int quantity;

    @Version
    private long version;

    protected MatchItem() {
    }

    MatchItem(Match match, String itemCode, int quantity) {
        this.id = UUID.randomUUID().toString();
        this.match = match;
        this.itemCode = itemCode;
        this.quantity = quantity;
    }

    public String itemCode() {
        return itemCode;
    }

    public int quantity() {
        return quantity;
    }
}
