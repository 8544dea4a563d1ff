package org.salwhub.registry.api;

import java.time.LocalDate;
import org.salwhub.registry.api.kernel.LocalizedText;

/** An international or regional instrument on small arms, as other modules see it. */
public record InstrumentView(InstrumentId id, String code, LocalizedText name, InstrumentKind kind,
                             boolean legallyBinding, LocalDate adoptedOn, long version) {
}
