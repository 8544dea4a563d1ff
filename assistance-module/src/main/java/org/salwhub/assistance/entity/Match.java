package org.salwhub.assistance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A proposed pairing of a need with an offer, for given quantities: proposed → accepted by the recipient State →
 * accepted by the donor → confirmed. The need and the offer are referred to by ID (separate aggregates).
 */
@Entity
@Table(name = "asst_match")
@NamedQuery(name = "Match.ofNeed", query = "SELECT m FROM Match m WHERE m.needId = :need ORDER BY m.proposedAt")
@NamedQuery(name = "Match.ofOffer", query = "SELECT m FROM Match m WHERE m.offerId = :offer ORDER BY m.proposedAt")
public class Match {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "need_id", nullable = false, length = 36)
    private String needId;

    @Column(name = "offer_id", nullable = false, length = 36)
    private String offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MatchStatus status;

    private Double score;

    @Column(name = "funding_amount", precision = 15, scale = 2)
    private BigDecimal fundingAmount;

    @Column(length = 3)
    private String currency;

    @Column(length = Need.TEXT_MAX)
    private String note;

    @OneToMany(mappedBy = "match", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MatchItem> items = new ArrayList<>();

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "recipient_by", length = 100)
    private String recipientBy;
    @Column(name = "recipient_at")
    private Instant recipientAt;
    @Column(name = "donor_by", length = 100)
    private String donorBy;
    @Column(name = "donor_at")
    private Instant donorAt;
    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "closed_by", length = 100)
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_reason", length = 1000)
    private String closeReason;

    @Version
    private long version;

    protected Match() {
    }

    public Match(MatchId id, NeedId need, OfferId offer, Map<String, Integer> quantities, BigDecimal fundingAmount,
                 String currency, String note, Double score, String proposedBy, Instant now) {
        this.id = id.toString();
        this.needId = need.toString();
        this.offerId = offer.toString();
        this.status = MatchStatus.PROPOSED;
        quantities.forEach((code, quantity) -> items.add(new MatchItem(this, code, quantity)));
        this.fundingAmount = fundingAmount;
        this.currency = currency;
        this.note = Texts.clean(note);
        this.score = score;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    private void require(MatchStatus expected, MatchStatus target) {
        if (status != expected) {
            throw new ValidationException("status", "transition.illegal", status, target);
        }
        status = target;
    }

    public void acceptAsRecipient(String by, Instant at) {
        require(MatchStatus.PROPOSED, MatchStatus.RECIPIENT_ACCEPTED);
        recipientBy = by;
        recipientAt = at;
    }

    public void acceptAsDonor(String by, Instant at) {
        require(MatchStatus.RECIPIENT_ACCEPTED, MatchStatus.DONOR_ACCEPTED);
        donorBy = by;
        donorAt = at;
    }

    /** Only the status and authorship; the boundary commits the capacity on both sides in the same transaction. */
    public void confirm(String by, Instant at) {
        require(MatchStatus.DONOR_ACCEPTED, MatchStatus.CONFIRMED);
        confirmedBy = by;
        confirmedAt = at;
    }

    /** Declined by a party, or cancelled by staff, the proposer, or a withdrawal: only while pending. */
    public void close(MatchStatus outcome, String by, String reason, Instant at) {
        if (!status.isPending() || outcome.isPending() || outcome == MatchStatus.CONFIRMED) {
            throw new ValidationException("status", "transition.illegal", status, outcome);
        }
        status = outcome;
        closedBy = by;
        closedAt = at;
        closeReason = Texts.clean(reason);
    }

    public Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        items.forEach(item -> quantities.merge(item.itemCode(), item.quantity(), Integer::sum));
        return quantities;
    }

    public String id() {
        return id;
    }

    public String needId() {
        return needId;
    }

    public String offerId() {
        return offerId;
    }

    public MatchStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal fundingAmount() {
        return fundingAmount;
    }

    public long version() {
        return version;
    }

    public MatchView view(Need need, Offer offer) {
        return new MatchView(MatchId.of(id), NeedId.of(needId), need.title(), need.stateId(), OfferId.of(offerId),
                offer.title(), offer.organisationId(), status, score,
                quantities().entrySet().stream().map(e -> new MatchLine(e.getKey(), e.getValue())).toList(),
                fundingAmount, currency, note, proposedBy, proposedAt, recipientBy, recipientAt, donorBy, donorAt,
                confirmedBy, confirmedAt, closedBy, closedAt, closeReason, version, List.of());
    }
}
