package org.salwhub.web.rest.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportRow;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDocumentView;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;
import org.salwhub.assistance.api.project.ProjectMilestoneView;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectPermissions;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTotals;
import org.salwhub.assistance.api.project.ProjectTransactionView;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.web.i18n.IatiTexts;
import org.salwhub.web.rest.registry.DirectoryResources;

/** The JSON shapes of projects: codes stay codes, warnings come also in words. */
public final class ProjectJson {

    private ProjectJson() {
    }

    public record ParticipantJson(String organisationId, String organisation, String name, String iatiRef,
                                  String role) {
        static ParticipantJson of(ProjectParticipant p) {
            return new ParticipantJson(str(p.organisationId()), null, p.name(), p.iatiRef(), p.role().name());
        }
    }

    public record WarningJson(String code, String projectId, String otherId, String otherTitle, List<String> args,
                              String text) {
        static WarningJson of(ProjectWarning w, String text) {
            return new WarningJson(w.code(), w.projectId().toString(), w.otherId().toString(), w.otherTitle(),
                    w.args(), text);
        }
    }

    public record ProjectOut(String id, String iatiIdentifier, LocalizedText title, LocalizedText description,
                             Set<UUID> recipientStates, List<ParticipantJson> participants, Set<UUID> needIds,
                             Set<UUID> offerIds, Set<UUID> matchIds, Set<String> themes, String genderMarker,
                             String status, boolean confidential, LocalDate plannedStart, LocalDate plannedEnd,
                             LocalDate actualStart, LocalDate actualEnd, String lessonsLearned, String origin,
                             List<ProjectBudgetLine> budgets, List<ProjectTransactionView> transactions,
                             ProjectTotals totals, List<ProjectDeliverableView> deliverables, int deliveredPercent,
                             List<ProjectIndicatorView> indicators, List<ProjectMilestoneView> milestones,
                             List<ProjectDocumentView> documents, List<AssetView> assets,
                             List<WarningJson> warnings, ProjectPermissions may, String createdBy, Instant createdAt,
                             long version) {
        static ProjectOut of(ProjectView v, Function<ProjectWarning, String> words) {
            return new ProjectOut(v.id().toString(), v.iatiIdentifier(), v.title(), v.description(),
                    v.recipientStates(), v.participants().stream().map(ParticipantJson::of).toList(), v.needIds(),
                    v.offerIds(), v.matchIds(), v.themes(), v.genderMarker().name(), v.status().name(),
                    v.confidential(), v.plannedStart(), v.plannedEnd(), v.actualStart(), v.actualEnd(),
                    v.lessonsLearned(), v.origin(), v.budgets(), v.transactions(), v.totals(), v.deliverables(),
                    v.deliveredPercent(), v.indicators(), v.milestones(), v.documents(), v.assets(),
                    v.warnings().stream().map(w -> WarningJson.of(w, words.apply(w))).toList(), v.may(), v.createdBy(),
                    v.createdAt(), v.version());
        }
    }

    public record SummaryJson(String id, String iatiIdentifier, LocalizedText title, Set<UUID> recipientStates,
                              List<UUID> fundingOrganisations, Set<String> themes, String status,
                              boolean confidential, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budgetUsd,
                              BigDecimal committedUsd, BigDecimal disbursedUsd, int planned, int delivered,
                              int deliveredPercent, int overdueItems, Set<String> missingRates) {
        static SummaryJson of(ProjectSummary s) {
            return new SummaryJson(s.id().toString(), s.iatiIdentifier(), s.title(), s.recipientStates(),
                    s.fundingOrganisations(), s.themes(), s.status().name(), s.confidential(), s.plannedStart(),
                    s.plannedEnd(), s.budgetUsd(), s.committedUsd(), s.disbursedUsd(), s.planned(), s.delivered(),
                    s.deliveredPercent(), s.overdueItems(), s.missingRates());
        }
    }

    /** A project to create or change: States by ISO code or ID, organisations by acronym or ID. */
    public record ProjectIn(String iatiIdentifier, String titleEn, String titleFr, String titleAr,
                            String descriptionEn, String descriptionFr, String descriptionAr, Set<String> states,
                            List<ParticipantJson> participants, Set<String> needIds, Set<String> offerIds,
                            Set<String> matchIds, Set<String> themes, String genderMarker, Boolean confidential,
                            LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                            String lessonsLearned, Long version) {

        ProjectDraft draft(Function<String, UUID> state, Function<String, UUID> organisation) {
            return new ProjectDraft(iatiIdentifier, titleEn, titleFr, titleAr, descriptionEn, descriptionFr,
                    descriptionAr, states == null ? Set.of() : states.stream().map(state).collect(
                            java.util.stream.Collectors.toSet()),
                    participants == null ? List.of() : participants.stream().map(p -> new ProjectParticipant(
                            p.organisation() != null ? organisation.apply(p.organisation())
                                    : DirectoryResources.uuid(p.organisationId(), "participants"),
                            p.name(), p.iatiRef(), p.role() == null ? null
                            : DirectoryResources.parse(ProjectOrgRole.class, p.role(), "participants"))).toList(),
                    ids(needIds, "needIds"), ids(offerIds, "offerIds"), ids(matchIds, "matchIds"), themes,
                    genderMarker == null ? null
                            : DirectoryResources.parse(ProjectGenderMarker.class, genderMarker, "genderMarker"),
                    Boolean.TRUE.equals(confidential), plannedStart, plannedEnd, actualStart, actualEnd,
                    lessonsLearned);
        }

        private static Set<UUID> ids(Set<String> refs, String field) {
            return refs == null ? Set.of() : refs.stream().map(r -> DirectoryResources.uuid(r, field))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    public record StatusIn(String status, Long version) {
    }

    public record BudgetIn(String kind, Integer year, BigDecimal amount, String currency) {
        ProjectBudgetLine line() {
            return new ProjectBudgetLine(kind == null ? ProjectBudgetKind.ORIGINAL
                    : DirectoryResources.parse(ProjectBudgetKind.class, kind, "budgets"),
                    year == null ? 0 : year, amount, currency);
        }
    }

    public record BudgetsIn(List<BudgetIn> budgets, Long version) {
    }

    /** Provider and receiver: an organisation (acronym or ID) or a name. */
    public record TransactionIn(String type, LocalDate date, BigDecimal amount, String currency, String provider,
                                String providerName, String receiver, String receiverName, String description) {
    }

    public record DeliverableIn(String id, String itemCode, String description, Integer planned, Integer delivered,
                                Integer installed, Integer operational, Integer traineesFemale, Integer traineesMale,
                                Long version) {
    }

    public record IndicatorIn(String id, String title, Boolean percentage, String unit, Integer baselineYear,
                              BigDecimal baseline, List<ProjectIndicatorPeriod> periods, Long version) {
    }

    public record MilestoneIn(String id, String kind, String title, LocalDate dueOn, LocalDate doneOn, String note,
                              Long version) {
    }

    public record LessonsIn(String lessonsLearned, Long version) {
    }

    public record AssetIn(String id, String serialNumber, String model, String equipmentType, String state,
                          String custodianAgency, String location, String status, Integer trainedOperators,
                          LocalDate reportedOn, Long version) {
        AssetStatus assetStatus() {
            return status == null ? null : DirectoryResources.parse(AssetStatus.class, status, "status");
        }
    }

    public record LogIn(LocalDate date, String note) {
    }

    /**
     * One activity of an IATI import preview: what it becomes, the project it duplicates, or why it is refused
     * ({@code problem} the error code, {@code problemText} in words); {@code notes} what is left out and why.
     */
    public record ImportRowJson(String iatiIdentifier, String title, String recipientCountries, int transactions,
                                int budgets, String duplicateOf, String duplicateTitle, String problem,
                                List<String> problemArgs, String problemText, boolean importable,
                                List<NoteJson> notes) {
        static ImportRowJson of(IatiImportRow r, Locale locale) {
            return new ImportRowJson(r.iatiIdentifier(), r.title(), r.recipientCountries(), r.transactions(),
                    r.budgets(), r.duplicateOf() == null ? null : r.duplicateOf().toString(), r.duplicateTitle(),
                    r.problem(), r.problemArgs().stream().map(ProjectJson::str).toList(),
                    r.problem() == null ? null : IatiTexts.problem(r.problem(), r.problemArgs(), locale),
                    r.importable(), r.notes().stream().map(n -> NoteJson.of(n, locale)).toList());
        }
    }

    /** What the import leaves out of an activity, or reads differently: its kind, details and text. */
    public record NoteJson(String kind, List<String> args, String text) {
        static NoteJson of(IatiImportNote n, Locale locale) {
            return new NoteJson(n.kind().name(), n.args().stream().map(ProjectJson::str).toList(),
                    IatiTexts.note(n, locale));
        }
    }

    public record ImportResultJson(List<String> created, List<ImportRowJson> skipped) {
    }

    static String str(Object o) {
        if (o instanceof org.salwhub.registry.api.kernel.LocalizedText names) {
            return names.en();
        }
        return o == null ? null : o.toString();
    }

    static int zero(Integer i) {
        return i == null ? 0 : i;
    }
}
