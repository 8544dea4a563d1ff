package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.InstrumentId;
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateInstrumentView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Where one State stands towards one instrument: signed, ratified, acceded... to a treaty, or committed to a
 * political instrument, with the dates of signature and of deposit.
 *
 * <p>The State and the instrument are plain ID columns (so the audit trail shows them on every change); the
 * instrument is also mapped, read-only, for its adoption date and whether it binds.
 */
@Entity
@Table(name = "reg_state_instrument")
@NamedQuery(name = "StateInstrumentStatus.byState",
        query = "SELECT x FROM StateInstrumentStatus x WHERE x.stateId = :state")
@NamedQuery(name = "StateInstrumentStatus.byInstrument",
        query = "SELECT x FROM StateInstrumentStatus x WHERE x.instrumentId = :instrument")
@NamedQuery(name = "StateInstrumentStatus.of",
        query = "SELECT x FROM StateInstrumentStatus x WHERE x.stateId = :state AND x.instrumentId = :instrument")
@NamedQuery(name = "StateInstrumentStatus.earliestDates", query = "SELECT MIN(x.signedOn), MIN(x.depositedOn)"
        + " FROM StateInstrumentStatus x WHERE x.instrumentId = :instrument")
public class StateInstrumentStatus {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(name = "instrument_id", nullable = false, length = 36)
    private String instrumentId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id", insertable = false, updatable = false)
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InstrumentStatus status = InstrumentStatus.NOT_PARTY;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "deposited_on")
    private LocalDate depositedOn;

    @Version
    private long version;

    protected StateInstrumentStatus() {
    }

    /** A State that is not (yet) party to the instrument. */
    public StateInstrumentStatus(UUID id, StateId state, Instrument instrument) {
        this.id = id.toString();
        this.stateId = state.toString();
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.instrumentId = instrument.instrumentId().toString();
    }

    /** What a State that has recorded nothing for the instrument reads: not party, version 0. */
    public static StateInstrumentView notRecorded(StateId state, Instrument instrument) {
        return new StateInstrumentView(state, instrument.instrumentId(), instrument.code(), InstrumentStatus.NOT_PARTY,
                null, null, 0);
    }

    // ------------------------------------------------------------ the steps of a treaty

    /** The State signs the treaty. */
    public void sign(LocalDate signedOn, LocalDate today) {
        if (status != InstrumentStatus.NOT_PARTY) {
            throw new ValidationException("status", "status.alreadySigned");
        }
        record(InstrumentStatus.SIGNED, signedOn, null, today);
    }

    /** The State that signed deposits its instrument of ratification. */
    public void ratify(LocalDate depositedOn, LocalDate today) {
        consentAfterSignature(InstrumentStatus.RATIFIED, depositedOn, today);
    }

    /** The State that signed deposits its instrument of acceptance. */
    public void accept(LocalDate depositedOn, LocalDate today) {
        consentAfterSignature(InstrumentStatus.ACCEPTED, depositedOn, today);
    }

    /** The State that signed deposits its instrument of approval. */
    public void approve(LocalDate depositedOn, LocalDate today) {
        consentAfterSignature(InstrumentStatus.APPROVED, depositedOn, today);
    }

    /** The State deposits its instrument of accession (usually without having signed). */
    public void accede(LocalDate depositedOn, LocalDate today) {
        consentWithoutSignature(InstrumentStatus.ACCEDED, depositedOn, today);
    }

    /** A new State declares itself bound as successor of its predecessor. */
    public void succeed(LocalDate depositedOn, LocalDate today) {
        consentWithoutSignature(InstrumentStatus.SUCCEEDED, depositedOn, today);
    }

    /** The State commits to a political instrument (the PoA, the ITI). */
    public void commit(LocalDate today) {
        record(InstrumentStatus.COMMITTED, null, null, today);
    }

    /** The State is not (or no longer) party, and has no signature on record. */
    public void withdraw(LocalDate today) {
        record(InstrumentStatus.NOT_PARTY, null, null, today);
    }

    private void consentAfterSignature(InstrumentStatus consent, LocalDate depositedOn, LocalDate today) {
        if (status.isBound()) {
            throw new ValidationException("status", "status.alreadyBound");
        }
        if (status != InstrumentStatus.SIGNED) {
            throw new ValidationException("status", "status.notSigned");
        }
        record(consent, signedOn, depositedOn, today);
    }

    private void consentWithoutSignature(InstrumentStatus consent, LocalDate depositedOn, LocalDate today) {
        if (status.isBound()) {
            throw new ValidationException("status", "status.alreadyBound");
        }
        record(consent, signedOn, depositedOn, today);
    }

    // ------------------------------------------------------------ any status, e.g. to correct a record

    /**
     * Sets the status and its dates at once, as staff record or correct them. The dates must fit the status
     * (see {@link InstrumentStatus}), none may come before the instrument's adoption or after {@code today},
     * and the deposit may not come before the signature.
     *
     * @throws ValidationException with every rejected field; nothing changes then
     */
    public void record(InstrumentStatus newStatus, LocalDate newSignedOn, LocalDate newDepositedOn, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<FieldError> errors = new ArrayList<>();
        if (newStatus == null) {
            errors.add(FieldError.of("status", "required"));
        } else {
            if (!newStatus.appliesTo(instrument.legallyBinding())) {
                errors.add(newStatus == InstrumentStatus.COMMITTED
                        ? FieldError.of("status", "status.commitmentOnly")
                        : FieldError.of("status", "status.treatyOnly"));
            }
            boolean signatureAllowed = newStatus.needsSignature() || newStatus.needsDeposit();
            if (newStatus.needsSignature() && newSignedOn == null) {
                errors.add(FieldError.of("signedOn", "required"));
            } else if (!signatureAllowed && newSignedOn != null) {
                errors.add(FieldError.of("signedOn", "date.notApplicable"));
            }
            if (newStatus.needsDeposit() && newDepositedOn == null) {
                errors.add(FieldError.of("depositedOn", "required"));
            } else if (!newStatus.needsDeposit() && newDepositedOn != null) {
                errors.add(FieldError.of("depositedOn", "date.notApplicable"));
            }
        }
        checkDate("signedOn", newSignedOn, today, errors);
        checkDate("depositedOn", newDepositedOn, today, errors);
        if (newSignedOn != null && newDepositedOn != null && newDepositedOn.isBefore(newSignedOn)) {
            errors.add(FieldError.of("depositedOn", "date.beforeSignature", newSignedOn));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.status = newStatus;
        this.signedOn = newSignedOn;
        this.depositedOn = newDepositedOn;
    }

    private void checkDate(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        if (date.isBefore(instrument.adoptedOn())) {
            errors.add(FieldError.of(field, "date.beforeAdoption", instrument.adoptedOn()));
        } else if (date.isAfter(today)) {
            errors.add(FieldError.of(field, "date.future"));
        }
    }

    public InstrumentStatus status() {
        return status;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate depositedOn() {
        return depositedOn;
    }

    public long version() {
        return version;
    }

    public StateInstrumentView view() {
        return new StateInstrumentView(StateId.of(stateId), InstrumentId.of(instrumentId), instrument.code(), status,
                signedOn, depositedOn, version);
    }
}
