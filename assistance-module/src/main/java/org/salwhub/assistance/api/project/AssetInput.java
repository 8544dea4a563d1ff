package org.salwhub.assistance.api.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An equipment asset (new when {@code id} is null), e.g. a delivered marking machine; saving it is a report on it
 * as of {@code reportedOn} (today when null).
 */
public record AssetInput(UUID id, String serialNumber, String model, String equipmentType, UUID stateId,
                         String custodianAgency, String location, AssetStatus status, int trainedOperators,
                         LocalDate reportedOn, long expectedVersion) {
}
