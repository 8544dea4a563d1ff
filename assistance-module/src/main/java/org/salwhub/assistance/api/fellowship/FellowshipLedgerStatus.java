package org.salwhub.assistance.api.fellowship;

/** A ledger entry is planned, then approved, then paid. */
public enum FellowshipLedgerStatus { PLANNED, APPROVED, PAID }
