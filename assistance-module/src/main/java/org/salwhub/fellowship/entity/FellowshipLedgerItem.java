package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerKind;
import org.salwhub.fellowship.api.FellowshipLedgerLine;
import org.salwhub.fellowship.api.FellowshipLedgerStatus;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.registry.api.kernel.FieldError;

/** A line of a fellow's stipend and travel ledger. */
@Entity
@Table(name = "asst_fel_ledger")
@NamedQuery(name = "FellowshipLedgerItem.ofFellow", query = "SELECT l FROM FellowshipLedgerItem l"
        + " WHERE l.nominationId = :nomination ORDER BY l.kind, l.id")
@NamedQuery(name = "FellowshipLedgerItem.ofCall", query = "SELECT l FROM FellowshipLedgerItem l"
        + " WHERE l.callId = :call")
public class FellowshipLedgerItem {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "call_id", nullable = false, length = 36)
    private String callId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FellowshipLedgerKind kind;

    @Column(length = 300)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FellowshipLedgerStatus status;

    @Column(name = "donor_id", length = 36)
    private String donorId;

    @Version
    private long version;

    protected FellowshipLedgerItem() {
    }

    public FellowshipLedgerItem(String callId, String nominationId) {
        this.id = UUID.randomUUID().toString();
        this.callId = callId;
        this.nominationId = nominationId;
    }

    public static List<FieldError> check(FellowshipLedgerEntry e) {
        List<FieldError> errors = new ArrayList<>();
        if (e.kind() == null) {
            errors.add(FieldError.of("kind", "required"));
        }
        if (e.status() == null) {
            errors.add(FieldError.of("status", "required"));
        }
        if (e.amount() == null) {
            errors.add(FieldError.of("amount", "required"));
        } else if (e.amount().signum() < 0 || e.amount().compareTo(new BigDecimal("999999999999")) > 0) {
            errors.add(FieldError.of("amount", "fellowship.range", 0, "999999999999"));
        }
        try {
            if (e.currency() == null || Currency.getInstance(e.currency().trim().toUpperCase(Locale.ROOT)) == null) {
                errors.add(FieldError.of("currency", "required"));
            }
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldError.of("currency", "fellowship.currency"));
        }
        if (e.description() != null && e.description().length() > 300) {
            errors.add(FieldError.of("description", "tooLong", 300));
        }
        return errors;
    }

    public void record(FellowshipLedgerEntry e) {
        this.kind = e.kind();
        this.description = e.description() == null || e.description().isBlank() ? null : e.description().trim();
        this.amount = e.amount().setScale(2, RoundingMode.HALF_UP);
        this.currency = e.currency().trim().toUpperCase(Locale.ROOT);
        this.status = e.status();
        this.donorId = e.donorId() == null ? null : e.donorId().toString();
    }

    public String nominationId() {
        return nominationId;
    }

    public long version() {
        return version;
    }

    public FellowshipLedgerEntry entry() {
        return new FellowshipLedgerEntry(kind, description, amount, currency, status,
                donorId == null ? null : UUID.fromString(donorId));
    }

    public FellowshipLedgerLine view() {
        return new FellowshipLedgerLine(UUID.fromString(id), NominationId.of(nominationId), entry(), version);
    }
}
