package org.salwhub.assistance.api.fellowship;

/** What a fellow's stipend and travel ledger records. */
public enum FellowshipLedgerKind { DAILY_ALLOWANCE, TICKET, ADVANCE, OTHER }
