package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a focal point (or staff on the State's behalf) enters for a need. A draft may be incomplete; submitting
 * checks completeness: themes, types, the national contribution, a period, and a sustainment plan (operator
 * training, maintenance, logistics) whenever a line asks for equipment.
 */
public record NeedDraft(UUID stateId, String title, String description, Set<String> themes,
                        Set<String> assistanceTypes, List<LineInput> lines, BigDecimal estimatedCost, String currency,
                        String nationalContribution, Priority priority, LocalDate periodFrom, LocalDate periodTo,
                        NeedContext context, String genderConsiderations, String beneficiaryAgency,
                        String deliverySite, String sourceLink, Confidentiality confidentiality, Set<String> languages,
                        String sustainmentTraining, String sustainmentMaintenance, String sustainmentLogistics) {
    public NeedDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        assistanceTypes = assistanceTypes == null ? Set.of() : Set.copyOf(assistanceTypes);
        lines = lines == null ? List.of() : List.copyOf(lines);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
