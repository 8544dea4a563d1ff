package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.registry.api.RegistryFacade;

/**
 * Projects for the demo: the project the confirmed Kenya marking match created (in implementation, 4 of 6 machines
 * delivered, the machines as assets — one not reported on for months, one needing maintenance —, money in EUR, an
 * overdue narrative report), Tanzania's engravers in the pipeline, an EU record-keeping project in Sudan, a closed
 * stockpile project in Burundi, and an EU marking project in Kenya that overlaps the first (a duplicate-funding
 * warning for staff).
 */
@Stateless
public class DemoProjects {

    @Inject
    ProjectFacade projects;

    @Inject
    RegistryFacade registry;

    public void create() {
        LocalDate today = LocalDate.now();
        UUID eu = organisation("EU");
        UUID gffo = organisation("GFFO");

        projects.projects(new ProjectQuery("Marking machines for the county armouries", null, null, null, null, null,
                null, false, 0, 1)).items().stream().findFirst().ifPresent(found -> kenyaMarking(found.id(), gffo,
                today));
        projects.projects(new ProjectQuery("Laser engravers for the Tanzania Police Force", null, null, null, null,
                null, null, false, 0, 1)).items().stream().findFirst().ifPresent(found ->
                projects.addTransaction(found.id(), new ProjectTransactionInput(ProjectTransactionType.PLEDGE,
                        today.minusDays(5), new BigDecimal("95000"), "EUR", gffo, null, null, "Tanzania Police Force",
                        "Two laser engravers and installation")));

        ProjectView sudan = projects.createProject(new ProjectDraft("XI-SALWHUB-" + today.getYear() + "-SD01",
                "Central arms registry for the Sudan Police Force", "Registre central des armes de la police soudanaise",
                "السجل المركزي للأسلحة لدى قوات الشرطة السودانية",
                "Record-keeping software, twenty computers and data-entry training for the central registry.", null,
                "برمجيات حفظ السجلات وعشرون جهاز حاسوب وتدريب على إدخال البيانات للسجل المركزي.",
                Set.of(state("SD")), List.of(new ProjectParticipant(eu, null, null, ProjectOrgRole.FUNDING),
                        new ProjectParticipant(null, "UNODC Global Firearms Programme", "XM-DAC-41114",
                                ProjectOrgRole.IMPLEMENTING)), Set.of(), Set.of(), Set.of(),
                Set.of("RECORD_KEEPING", "DATA_COLLECTION"), ProjectGenderMarker.SIGNIFICANT, false,
                today.minusMonths(4), today.plusMonths(14), today.minusMonths(3), null, null));
        sudan = projects.changeStatus(sudan.id(), ProjectStatus.IMPLEMENTATION, sudan.version());
        sudan = projects.replaceBudgets(sudan.id(), List.of(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL,
                today.getYear(), new BigDecimal("110000"), "EUR")), sudan.version());
        money(sudan, ProjectTransactionType.COMMITMENT, today.minusMonths(3), "110000", "EUR", eu, "Sudan Police Force");
        money(sudan, ProjectTransactionType.DISBURSEMENT, today.minusMonths(2), "40000", "EUR", eu, "UNODC");
        projects.saveDeliverable(sudan.id(), new ProjectDeliverableInput(null, "COMPUTERS", "Computers for the registry",
                20, 20, 18, 18, 0, 0, 0));
        projects.saveDeliverable(sudan.id(), new ProjectDeliverableInput(null, "COURSE_RECORD_KEEPING",
                "Data-entry officers trained", 30, 24, 0, 0, 11, 13, 0));
        projects.saveIndicator(sudan.id(), new ProjectIndicatorInput(null, "Share of State-held weapons recorded in the"
                + " central registry", true, null, today.getYear() - 1, new BigDecimal("18"), List.of(
                new ProjectIndicatorPeriod(today.minusMonths(3), today.plusMonths(9), new BigDecimal("60"),
                        new BigDecimal("34"))), 0));
        projects.saveMilestone(sudan.id(), new ProjectMilestoneInput(null, ProjectMilestoneKind.FINANCIAL_REPORT,
                "First financial report", today.plusDays(20), null, null, 0));

        ProjectView burundi = projects.createProject(new ProjectDraft("XI-SALWHUB-" + (today.getYear() - 2) + "-BI01",
                null, "Sécurisation de six dépôts d'armes de la Police nationale", null, null,
                "Râteliers, armoires fortes et formation des magasiniers pour six dépôts.", null,
                Set.of(state("BI")), List.of(new ProjectParticipant(gffo, null, null, ProjectOrgRole.FUNDING),
                        new ProjectParticipant(null, "Mines Advisory Group", null, ProjectOrgRole.IMPLEMENTING)),
                Set.of(), Set.of(), Set.of(), Set.of("STOCKPILE_MANAGEMENT"), ProjectGenderMarker.NOT_TARGETED, false,
                today.minusYears(2), today.minusMonths(6), today.minusYears(2).plusDays(20), today.minusMonths(5),
                "Les magasiniers formés ont formé à leur tour leurs collègues : prévoir ce relais dès le départ."));
        burundi = projects.replaceBudgets(burundi.id(), List.of(
                new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, today.getYear() - 2, new BigDecimal("85000"), "EUR"),
                new ProjectBudgetLine(ProjectBudgetKind.REVISED, today.getYear() - 2, new BigDecimal("92000"), "EUR")),
                burundi.version());
        money(burundi, ProjectTransactionType.COMMITMENT, today.minusYears(2), "92000", "EUR", gffo, "Mines Advisory Group");
        money(burundi, ProjectTransactionType.DISBURSEMENT, today.minusYears(2).plusMonths(1), "92000", "EUR", gffo,
                "Mines Advisory Group");
        money(burundi, ProjectTransactionType.EXPENDITURE, today.minusMonths(7), "90500", "EUR", gffo,
                "Mines Advisory Group");
        projects.saveDeliverable(burundi.id(), new ProjectDeliverableInput(null, "STORAGE_SECURITY",
                "Dépôts sécurisés", 6, 6, 6, 6, 0, 0, 0));
        projects.saveMilestone(burundi.id(), new ProjectMilestoneInput(null, ProjectMilestoneKind.FINAL_REPORT,
                "Rapport final", today.minusMonths(5), today.minusMonths(5), null, 0));
        burundi = projects.project(burundi.id());
        burundi = projects.changeStatus(burundi.id(), ProjectStatus.IMPLEMENTATION, burundi.version());
        burundi = projects.changeStatus(burundi.id(), ProjectStatus.FINALISATION, burundi.version());
        projects.changeStatus(burundi.id(), ProjectStatus.CLOSED, burundi.version());

        ProjectView overlap = projects.createProject(new ProjectDraft("XI-SALWHUB-" + today.getYear() + "-KE02",
                "Marking of police firearms in the North Rift", null, null,
                "Marking of the National Police Reserve's firearms in Baringo and Turkana.", null, null,
                Set.of(state("KE")), List.of(new ProjectParticipant(eu, null, null, ProjectOrgRole.FUNDING)), Set.of(),
                Set.of(), Set.of(), Set.of("MARKING"), ProjectGenderMarker.NOT_TARGETED, false, today.plusMonths(1),
                today.plusMonths(10), null, null, null));
        money(overlap, ProjectTransactionType.PLEDGE, today, "60000", "EUR", eu, "National Police Service");
    }

    private void kenyaMarking(org.salwhub.assistance.api.project.ProjectId id, UUID gffo, LocalDate today) {
        ProjectView project = projects.project(id);
        ProjectDraft d = new ProjectDraft(project.iatiIdentifier(), project.title().en(),
                "Machines de marquage pour les armureries de comté du Service national de police",
                "آلات وسم لمستودعات الأسلحة في مقاطعات جهاز الشرطة الوطنية", project.description().en(), null, null,
                project.recipientStates(), project.participants(), project.needIds(), project.offerIds(),
                project.matchIds(), project.themes(), ProjectGenderMarker.SIGNIFICANT, false,
                today.minusMonths(5), today.plusMonths(9), today.minusMonths(5), null, null);
        project = projects.updateProject(id, d, project.version());
        project = projects.changeStatus(id, ProjectStatus.IMPLEMENTATION, project.version());
        project = projects.replaceBudgets(id, List.of(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL,
                today.getYear(), new BigDecimal("150000"), "EUR")), project.version());
        money(project, ProjectTransactionType.PLEDGE, today.minusMonths(6), "150000", "EUR", gffo, "Kenya");
        money(project, ProjectTransactionType.COMMITMENT, today.minusMonths(5), "150000", "EUR", gffo,
                "National Police Service");
        money(project, ProjectTransactionType.DISBURSEMENT, today.minusMonths(4), "90000", "EUR", gffo, "GIZ");
        money(project, ProjectTransactionType.EXPENDITURE, today.minusMonths(2), "72000", "EUR", gffo, "GIZ");
        for (ProjectDeliverableView line : project.deliverables()) {
            boolean machines = "MARKING_MACHINE".equals(line.itemCode());
            projects.saveDeliverable(id, new ProjectDeliverableInput(line.id(), line.itemCode(), line.description(),
                    line.planned(), machines ? 4 : 1, machines ? 4 : 0, machines ? 3 : 0, machines ? 0 : 7,
                    machines ? 0 : 11, line.version()));
        }
        projects.saveIndicator(id, new ProjectIndicatorInput(null, "Share of State-held weapons marked", true, null,
                today.getYear() - 1, new BigDecimal("22"), List.of(new ProjectIndicatorPeriod(today.minusMonths(5),
                today.plusMonths(7), new BigDecimal("55"), new BigDecimal("31"))), 0));
        UUID kenya = state("KE");
        String[][] machines = {
                {"KE-MM-2201", "Nairobi Central armoury", "OPERATIONAL", "3", "0"},
                {"KE-MM-2202", "Nakuru County armoury", "OPERATIONAL", "2", "0"},
                {"KE-MM-2203", "Kisumu County armoury", "NEEDS_MAINTENANCE", "2", "0"},
                {"KE-MM-2204", "Garissa County armoury", "OPERATIONAL", "1", "8"}};
        for (String[] m : machines) {
            project = projects.saveAsset(id, new AssetInput(null, m[0], "Dot-peen marker DP-450 (portable)",
                    "MARKING_MACHINE", kenya, "National Police Service", m[1], AssetStatus.valueOf(m[2]),
                    Integer.parseInt(m[3]), today.minusMonths(Integer.parseInt(m[4])), 0));
        }
        project.assets().stream().filter(a -> a.serialNumber().equals("KE-MM-2203")).findFirst().ifPresent(a ->
                projects.logMaintenance(id, a.id(), new AssetLogEntry(today.minusDays(12),
                        "Stylus worn; spare part ordered from the supplier.", null)));
        projects.saveMilestone(id, new ProjectMilestoneInput(null, ProjectMilestoneKind.MILESTONE,
                "Machines handed over to the county armouries", today.minusMonths(2), today.minusMonths(2), null, 0));
        projects.saveMilestone(id, new ProjectMilestoneInput(null, ProjectMilestoneKind.NARRATIVE_REPORT,
                "Six-month narrative report", today.minusDays(10), null, null, 0));
        projects.saveMilestone(id, new ProjectMilestoneInput(null, ProjectMilestoneKind.FINANCIAL_REPORT,
                "Six-month financial report", today.plusMonths(1), null, null, 0));
    }

    private void money(ProjectView project, ProjectTransactionType type, LocalDate on, String amount, String currency,
                       UUID provider, String receiver) {
        projects.addTransaction(project.id(), new ProjectTransactionInput(type, on, new BigDecimal(amount), currency,
                provider, null, null, receiver, null));
    }

    private UUID organisation(String acronym) {
        return registry.organisationByAcronym(acronym).orElseThrow().id().value();
    }

    private UUID state(String iso2) {
        return registry.stateByIsoCode(iso2).orElseThrow().id().value();
    }
}
