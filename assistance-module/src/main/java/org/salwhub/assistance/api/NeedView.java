package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A need as the caller may see it, with its lines and the warnings about possible duplicates; {@code may} says what
 * the caller may do with it.
 */
public record NeedView(NeedId id, java.util.UUID stateId, String title, String description, Set<String> themes,
                       Set<String> assistanceTypes, List<LineView> lines, BigDecimal estimatedCost, String currency,
                       String nationalContribution, Priority priority, LocalDate periodFrom, LocalDate periodTo,
                       NeedContext context, String genderConsiderations, String beneficiaryAgency,
                       String deliverySite, String sourceLink, Confidentiality confidentiality, Set<String> languages,
                       String sustainmentTraining, String sustainmentMaintenance, String sustainmentLogistics,
                       NeedStatus status, String reviewComment, String createdBy, Instant createdAt,
                       Instant submittedAt, LocalDate publishedOn, long version, List<Warning> warnings,
                       NeedPermissions may) {

    public NeedView {
        may = may == null ? NeedPermissions.NONE : may;
    }

    /** A need seen by no one in particular: it allows nothing. */
    public NeedView(NeedId id, java.util.UUID stateId, String title, String description, Set<String> themes,
                    Set<String> assistanceTypes, List<LineView> lines, BigDecimal estimatedCost, String currency,
                    String nationalContribution, Priority priority, LocalDate periodFrom, LocalDate periodTo,
                    NeedContext context, String genderConsiderations, String beneficiaryAgency,
                    String deliverySite, String sourceLink, Confidentiality confidentiality, Set<String> languages,
                    String sustainmentTraining, String sustainmentMaintenance, String sustainmentLogistics,
                    NeedStatus status, String reviewComment, String createdBy, Instant createdAt,
                    Instant submittedAt, LocalDate publishedOn, long version, List<Warning> warnings) {
        this(id, stateId, title, description, themes, assistanceTypes, lines, estimatedCost, currency,
                nationalContribution, priority, periodFrom, periodTo, context, genderConsiderations, beneficiaryAgency,
                deliverySite, sourceLink, confidentiality, languages, sustainmentTraining, sustainmentMaintenance,
                sustainmentLogistics, status, reviewComment, createdBy, createdAt, submittedAt, publishedOn, version,
                warnings, NeedPermissions.NONE);
    }

    public int requestedQuantity() {
        return lines.stream().mapToInt(LineView::quantity).sum();
    }

    public int coveredQuantity() {
        return lines.stream().mapToInt(LineView::done).sum();
    }

    public NeedView withWarnings(List<Warning> found) {
        return new NeedView(id, stateId, title, description, themes, assistanceTypes, lines, estimatedCost, currency,
                nationalContribution, priority, periodFrom, periodTo, context, genderConsiderations, beneficiaryAgency,
                deliverySite, sourceLink, confidentiality, languages, sustainmentTraining, sustainmentMaintenance,
                sustainmentLogistics, status, reviewComment, createdBy, createdAt, submittedAt, publishedOn, version,
                List.copyOf(found), may);
    }

    /** The same need, with what its reader may do. */
    public NeedView withPermissions(NeedPermissions permissions) {
        return new NeedView(id, stateId, title, description, themes, assistanceTypes, lines, estimatedCost, currency,
                nationalContribution, priority, periodFrom, periodTo, context, genderConsiderations, beneficiaryAgency,
                deliverySite, sourceLink, confidentiality, languages, sustainmentTraining, sustainmentMaintenance,
                sustainmentLogistics, status, reviewComment, createdBy, createdAt, submittedAt, publishedOn, version,
                warnings, permissions);
    }
}
