package org.salwhub.registry.api;

/**
 * Where a State stands towards an instrument. A treaty is signed, then ratified, accepted or approved (each
 * after a signature), or acceded or succeeded to (without one); the date of the deposit of that instrument is
 * what makes the State a party. A political commitment (the PoA, the ITI) has no parties: States commit to it.
 */
public enum InstrumentStatus {
    NOT_PARTY,
    SIGNED,
    RATIFIED,
    ACCEPTED,
    APPROVED,
    ACCEDED,
    SUCCEEDED,
    /** Political instruments only. */
    COMMITTED;

    /** Bound by the treaty (or committed to the political instrument). */
    public boolean isBound() {
        return this != NOT_PARTY && this != SIGNED;
    }

    /** Ratification, acceptance and approval follow a signature. */
    public boolean needsSignature() {
        return this == SIGNED || this == RATIFIED || this == ACCEPTED || this == APPROVED;
    }

    /** Every consent to be bound by a treaty is deposited on a date. */
    public boolean needsDeposit() {
        return this == RATIFIED || this == ACCEPTED || this == APPROVED || this == ACCEDED || this == SUCCEEDED;
    }

    /** Whether the status applies to a legally binding instrument ({@code true}) or a political one. */
    public boolean appliesTo(boolean legallyBinding) {
        return switch (this) {
            case NOT_PARTY -> true;
            case COMMITTED -> !legallyBinding;
            default -> legallyBinding;
        };
    }
}
