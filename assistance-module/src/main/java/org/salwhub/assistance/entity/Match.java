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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A proposed pairing of a need with an offer, for given quantities: proposed → accepted by the recipient State →
 * accepted by the donor → confirmed. The need and the offer are referred to by ID (separate aggregates).
 * A match is made by {@link #propose} and confirmed by {@link #confirm(Need, Offer, String, Instant, LocalDate)},
 * which hold the rules of both steps.
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

    private Match(MatchId id, NeedId need, OfferId offer, Map<String, Integer> quantities, BigDecimal fundingAmount,
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

    // ------------------------------------------------------------------ proposing

    /** Offers are matched only to needs open to matching, from offers with capacity still to commit. */
    public static void requireOpen(Need need, Offer offer) {
        if (!NeedStatus.MATCHABLE.contains(need.status())) {
            throw new ValidationException("needId", "match.needNotOpen", need.status());
        }
        if (!OfferStatus.MATCHABLE.contains(offer.status())) {
            throw new ValidationException("offerId", "match.offerNotOpen", offer.status());
        }
    }

    /** No second proposal of the same need and offer while one is pending ({@code ofNeed}: the need's matches). */
    public static void requireNoPendingPair(Collection<Match> ofNeed, String offerId) {
        boolean pendingPair = ofNeed.stream().anyMatch(m -> m.offerId().equals(offerId) && m.status().isPending());
        if (pendingPair) {
            throw new ValidationException("offerId", "match.duplicate");
        }
    }

    /**
     * Proposes {@code need} with {@code offer} for these quantities and this funding: each quantity at least one, of
     * an item the need requests and the offer has left, and no more than either; the funding within the offer's
     * remaining budget; something proposed; a note of bounded length. A funding of zero counts as none; the
     * currency is the offer's.
     */
    public static Match propose(MatchId id, Need need, Offer offer, Map<String, Integer> quantities,
                                BigDecimal amount, String note, Double score, String by, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        quantities.forEach((code, quantity) -> {
            Optional<NeedLine> needLine = need.line(code);
            Optional<OfferLine> offerLine = offer.line(code);
            if (quantity == null || quantity < 1) {
                errors.add(FieldError.of("lines", "quantity.range", Need.MAX_QUANTITY));
            } else if (needLine.isEmpty()) {
                errors.add(FieldError.of("lines", "match.notRequested", code));
            } else if (offerLine.isEmpty()) {
                errors.add(FieldError.of("lines", "match.notOffered", code));
            } else if (quantity > offerLine.get().remaining()) {
                errors.add(FieldError.of("lines", "match.overCommitted", code, offerLine.get().remaining()));
            } else if (quantity > needLine.get().quantity()) {
                errors.add(FieldError.of("lines", "match.alreadyCovered", code, needLine.get().remaining()));
            }
        });
        if (amount != null && (amount.signum() < 0 || amount.compareTo(offer.remainingBudget()) > 0)) {
            errors.add(FieldError.of("fundingAmount", "match.overBudget", offer.remainingBudget(), offer.currency()));
        }
        if (quantities.isEmpty() && (amount == null || amount.signum() == 0)) {
            errors.add(FieldError.of("lines", "match.empty"));
        }
        if (note != null && note.trim().length() > Need.TEXT_MAX) {
            errors.add(FieldError.of("note", "tooLong", Need.TEXT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Match(id, NeedId.of(need.id()), OfferId.of(offer.id()), quantities,
                amount == null || amount.signum() == 0 ? null : amount, offer.currency(), note, score, by, at);
    }

    // ------------------------------------------------------------------ workflow

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

    /**
     * Confirms the match between its {@code need} and {@code offer}, both still open to matching and the offer still
     * valid on {@code today}: commits the offer's capacity and covers the need's quantity (the caller holds both
     * locked, in the same transaction). Refused, with nothing changed on the offer, when either no longer suffices.
     */
    public void confirm(Need need, Offer offer, String by, Instant at, LocalDate today) {
        if (!need.id().equals(needId) || !offer.id().equals(offerId)) {
            throw new IllegalArgumentException("not this match's need and offer");
        }
        requireOpen(need, offer);
        if (offer.validTo() != null && offer.validTo().isBefore(today)) {
            throw new ValidationException("offerId", "offer.validityOver");
        }
        require(MatchStatus.DONOR_ACCEPTED, MatchStatus.CONFIRMED);
        confirmedBy = by;
        confirmedAt = at;
        Map<String, Integer> quantities = quantities();
        offer.commit(quantities, fundingAmount);
        need.cover(quantities, today);
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
