package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A results indicator with its periods. */
public record ProjectIndicatorView(UUID id, String title, boolean percentage, String unit, Integer baselineYear,
                                   BigDecimal baseline, List<ProjectIndicatorPeriod> periods, long version) {
}
