package org.salwhub.registry.api;

import java.time.LocalDate;

/**
 * A State's status for one instrument. A status nobody has recorded yet reads {@code NOT_PARTY} with version 0;
 * pass that version to record the first status.
 */
public record StateInstrumentView(StateId state, InstrumentId instrument, String instrumentCode,
                                  InstrumentStatus status, LocalDate signedOn, LocalDate depositedOn, long version) {
}
