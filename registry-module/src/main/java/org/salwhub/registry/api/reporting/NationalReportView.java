package org.salwhub.registry.api.reporting;

import java.time.LocalDate;
import org.salwhub.registry.api.StateId;

/**
 * What is recorded about one State's report on one instrument in one cycle. {@code link} is a web address of
 * the report; {@code documentReference} names an attached file (a file name or checksum: SALW Hub does not
 * store the files themselves yet).
 */
public record NationalReportView(NationalReportId id, StateId stateId, ReportingCycleId cycleId, String cycleCode,
                                 ReportInstrument instrument, boolean submitted, LocalDate submittedOn, String link,
                                 String documentReference, int declaredNeeds, long version) {
}
