package org.salwhub.assistance.api.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An asset with its maintenance log; {@code stale} when nobody reported on it for the configured period. */
public record AssetView(UUID id, ProjectId projectId, String projectTitle, String serialNumber, String model,
                        String equipmentType, UUID stateId, String custodianAgency, String location,
                        AssetStatus status, int trainedOperators, LocalDate lastReportedOn, boolean stale,
                        List<AssetLogEntry> log, long version) {
}
