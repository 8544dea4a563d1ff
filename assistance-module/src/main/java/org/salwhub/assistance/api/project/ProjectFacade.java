package org.salwhub.assistance.api.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.directory.Page;

/**
 * Assistance projects. Every read is filtered and every change checked against the caller here: staff manage
 * everything; a donor representative records the transactions and reports of projects their organisation funds;
 * the recipient State's focal point updates deliverables, indicators and assets of their State's projects; every
 * network member reads the projects that are not confidential (confidential ones: staff and the parties only).
 */
public interface ProjectFacade {

    Page<ProjectSummary> projects(ProjectQuery query);

    /** @throws org.salwhub.registry.api.kernel.NotFoundException also when the caller may not see it */
    ProjectView project(ProjectId id);

    Optional<ProjectView> projectByIdentifier(String iatiIdentifier);

    /** The project created from a confirmed match, if any. */
    Optional<ProjectView> projectOfMatch(UUID matchId);

    /** Staff. The view's warnings name possible duplicate funding. */
    ProjectView createProject(ProjectDraft draft);

    /** Staff. */
    ProjectView updateProject(ProjectId id, ProjectDraft draft, long expectedVersion);

    /**
     * Staff move the IATI status; each status requires its fields: implementation an actual start, finalisation an
     * actual start, closing actual start and end dates and a submitted final report.
     */
    ProjectView changeStatus(ProjectId id, ProjectStatus target, long expectedVersion);

    /** Staff replace the budget lines. */
    ProjectView replaceBudgets(ProjectId id, List<ProjectBudgetLine> budgets, long expectedVersion);

    /** Staff or a funding donor. */
    ProjectView addTransaction(ProjectId id, ProjectTransactionInput transaction);

    /** Staff or a funding donor. */
    ProjectView removeTransaction(ProjectId id, UUID transactionId);

    /** Staff or the recipient State's focal point. */
    ProjectView saveDeliverable(ProjectId id, ProjectDeliverableInput deliverable);

    ProjectView removeDeliverable(ProjectId id, UUID deliverableId);

    /** Staff or the recipient State's focal point. */
    ProjectView saveIndicator(ProjectId id, ProjectIndicatorInput indicator);

    /** Milestones: staff; reports: staff or a funding donor. */
    ProjectView saveMilestone(ProjectId id, ProjectMilestoneInput milestone);

    /** Staff, a funding donor or the recipient State's focal point. */
    ProjectView saveLessons(ProjectId id, String lessons, long expectedVersion);

    /** Staff, a funding donor or the recipient State's focal point; type, content and size are checked. */
    ProjectView addDocument(ProjectId id, ProjectDocumentUpload upload);

    /** Only to callers who may read the project. */
    ProjectDocumentFile document(ProjectId id, UUID documentId);

    /** Staff or the recipient State's focal point: adds or updates an asset, which counts as a report on it. */
    ProjectView saveAsset(ProjectId id, AssetInput asset);

    /** Staff or the recipient State's focal point. */
    ProjectView logMaintenance(ProjectId id, UUID assetId, AssetLogEntry entry);

    /** Every asset the caller may see; {@code staleOnly} keeps those not reported on for the configured period. */
    List<AssetView> assets(Optional<UUID> state, boolean staleOnly);

    /** The months after which an asset not reported on is flagged (ASSET_REPORT_MONTHS, default 6). */
    int assetReportMonths();

    /** Staff: every possible duplicate funding among the active projects. */
    List<ProjectWarning> duplicateFundingReport();

    /** Whether the caller may read the duplicate-funding report (staff, who coordinate funding). */
    boolean mayReviewDuplicateFunding();

    /** Overdue milestones and reports of the projects the caller may see. */
    List<ProjectOverdueItem> overdue();

    ProjectDashboard dashboard();

    // ---------------------------------------------------------------- IATI

    /** IATI 2.03 XML of the given projects the caller may see, validated against the official schema. */
    String exportIati(Set<ProjectId> ids);

    /** IATI 2.03 XML of every project that is not confidential, validated against the official schema. */
    String exportPublicIati();

    /** Staff: what importing the file would do, activity by activity (duplicates by identifier). */
    List<IatiImportRow> previewIati(byte[] xml);

    /** Staff: imports the activities that are not duplicates. */
    IatiImportResult importIati(byte[] xml);
}
