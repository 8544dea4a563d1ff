package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * A project in a list: identity, parties, status, dates and its money (USD) and delivery figures. The US dollar
 * figures leave out amounts in currencies without an exchange rate; {@code missingRates} names them.
 */
public record ProjectSummary(ProjectId id, String iatiIdentifier, LocalizedText title, Set<UUID> recipientStates,
                             List<UUID> fundingOrganisations, Set<String> themes, ProjectStatus status,
                             boolean confidential, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budgetUsd,
                             BigDecimal committedUsd, BigDecimal disbursedUsd, int planned, int delivered,
                             int overdueItems, Set<String> missingRates) {

    public int deliveredPercent() {
        return planned == 0 ? 0 : Math.min(100, Math.round(delivered * 100f / planned));
    }
}
