package org.salwhub.fellowship.api;

/** What a fellow's stipend and travel ledger records. */
public enum FellowshipLedgerKind { DAILY_ALLOWANCE, TICKET, ADVANCE, OTHER }
