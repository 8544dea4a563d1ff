package org.salwhub.assistance.api.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * A project as the caller may see it, with its parts, the totals and the duplicate-funding warnings;
 * {@code may} says what the caller may change.
 */
public record ProjectView(ProjectId id, String iatiIdentifier, LocalizedText title, LocalizedText description,
                          Set<UUID> recipientStates, List<ProjectParticipant> participants, Set<UUID> needIds,
                          Set<UUID> offerIds, Set<UUID> matchIds, Set<String> themes,
                          ProjectGenderMarker genderMarker, ProjectStatus status, boolean confidential,
                          LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                          String lessonsLearned, String origin, List<ProjectBudgetLine> budgets,
                          List<ProjectTransactionView> transactions, ProjectTotals totals,
                          List<ProjectDeliverableView> deliverables, List<ProjectIndicatorView> indicators,
                          List<ProjectMilestoneView> milestones, List<ProjectDocumentView> documents,
                          List<AssetView> assets, List<ProjectWarning> warnings, ProjectPermissions may,
                          String createdBy, Instant createdAt, long version) {

    /** Delivered of planned over all deliverable lines, 0–100. */
    public int deliveredPercent() {
        int planned = deliverables.stream().mapToInt(ProjectDeliverableView::planned).sum();
        int delivered = deliverables.stream().mapToInt(ProjectDeliverableView::delivered).sum();
        return planned == 0 ? 0 : Math.min(100, Math.round(delivered * 100f / planned));
    }

    public List<UUID> fundingOrganisations() {
        return participants.stream().filter(p -> p.role() == ProjectOrgRole.FUNDING && p.organisationId() != null)
                .map(ProjectParticipant::organisationId).toList();
    }
}
