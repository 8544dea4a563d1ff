package org.salwhub.fellowship.api;

import java.util.UUID;

/** A recorded ledger entry of a fellow. */
public record FellowshipLedgerLine(UUID id, NominationId nominationId, FellowshipLedgerEntry entry, long version) {
}
