package org.salwhub.fellowship.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of a fellow's ledger: amount in a currency (ISO 4217), its status and the donor funding it. */
public record FellowshipLedgerEntry(FellowshipLedgerKind kind, String description, BigDecimal amount,
                                    String currency, FellowshipLedgerStatus status, UUID donorId) {
}
