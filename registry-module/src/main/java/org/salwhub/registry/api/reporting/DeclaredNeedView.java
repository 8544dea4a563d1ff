package org.salwhub.registry.api.reporting;

import java.util.UUID;
import org.salwhub.registry.api.StateId;

/**
 * An assistance need declared in a national report, with where it comes from (State, cycle, instrument,
 * report). {@code draftNeedId} is the assistance module's draft need made from it, null while it is open.
 */
public record DeclaredNeedView(DeclaredNeedId id, NationalReportId reportId, StateId stateId, ReportingCycleId cycleId,
                               String cycleCode, ReportInstrument instrument, String title, String description,
                               String thematicArea, UUID draftNeedId, long version) {

    /** Not yet turned into a draft need. */
    public boolean open() {
        return draftNeedId == null;
    }
}
