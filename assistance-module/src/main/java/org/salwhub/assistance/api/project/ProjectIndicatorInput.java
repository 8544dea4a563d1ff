package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A results indicator (new when {@code id} is null): measured as a unit count (with its name) or a percentage,
 * a baseline in a year, and periods with target and actual.
 */
public record ProjectIndicatorInput(UUID id, String title, boolean percentage, String unit, Integer baselineYear,
                                    BigDecimal baseline, List<ProjectIndicatorPeriod> periods, long expectedVersion) {
    public ProjectIndicatorInput {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
