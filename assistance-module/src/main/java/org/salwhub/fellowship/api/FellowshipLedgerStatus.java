package org.salwhub.fellowship.api;

/** A ledger entry is planned, then approved, then paid. */
public enum FellowshipLedgerStatus {
    PLANNED, APPROVED, PAID;

    /** The status an entry moves on to: a planned one is approved, an approved one paid; null once paid. */
    public FellowshipLedgerStatus next() {
        return this == PAID ? null : values()[ordinal() + 1];
    }
}
