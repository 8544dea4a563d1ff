package org.salwhub.assistance.api.project;

import java.util.UUID;

/**
 * A deliverable line (new when {@code id} is null): planned, delivered, installed and operational counts; for a
 * training line the trainees by sex. Delivered ≤ planned is not required (extra units happen), but installed ≤
 * delivered and operational ≤ installed are.
 */
public record ProjectDeliverableInput(UUID id, String itemCode, String description, int planned, int delivered,
                                      int installed, int operational, int traineesFemale, int traineesMale,
                                      long expectedVersion) {
}
