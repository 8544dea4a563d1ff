package org.salwhub.assistance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.entity.Project;
import org.salwhub.registry.api.kernel.ValidationException;

/** The IATI writer's output validates against the official 2.03 schema, and the reader gets the same project back. */
class IatiRoundTripTest {

    static final UUID KENYA = UUID.randomUUID();
    static final UUID EU = UUID.randomUUID();
    static final IatiCodes CODES = new MapIatiCodes(Map.of("KE", KENYA), Map.of(EU, "European Union"),
            Map.of("European Union", EU), Map.of(), Set.of("MARKING", "TRACING"));

    static ProjectDraft draft(String identifier) {
        LocalDate start = LocalDate.of(2026, 3, 1);
        return new ProjectDraft(identifier, "Marking machines", "Machines de marquage", "آلات الوسم",
                "Five machines & training <for> armouries", null, "خمس آلات", Set.of(KENYA),
                List.of(new ProjectParticipant(EU, null, null, ProjectOrgRole.FUNDING),
                        new ProjectParticipant(null, "RECSA", "XM-RECSA", ProjectOrgRole.IMPLEMENTING)),
                Set.of(UUID.randomUUID()), Set.of(), Set.of(), Set.of("MARKING", "TRACING"),
                ProjectGenderMarker.PRINCIPAL, false, start, start.plusYears(1), start, null, "Plan transport.");
    }

    static Project project() {
        Project p = new Project(UUID.randomUUID(), draft("XI-SALWHUB-2026-001"), "MANUAL", "staff", Instant.now());
        p.replaceBudgets(List.of(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, 2026, new BigDecimal("100000.00"),
                "EUR"), new ProjectBudgetLine(ProjectBudgetKind.REVISED, 2026, new BigDecimal("120000.00"), "EUR")));
        p.addTransaction(new ProjectTransactionInput(ProjectTransactionType.PLEDGE, LocalDate.of(2026, 2, 1),
                new BigDecimal("120000.00"), "EUR", EU, null, null, "Kenya Police", null), "donor");
        p.addTransaction(new ProjectTransactionInput(ProjectTransactionType.DISBURSEMENT, LocalDate.of(2026, 4, 1),
                new BigDecimal("50000.00"), "EUR", EU, null, null, "RECSA", "First tranche"), "donor");
        p.saveDeliverable(new ProjectDeliverableInput(null, "MARKING_MACHINE", "Marking machines", 5, 3, 2, 2, 0, 0, 0));
        p.saveIndicator(new ProjectIndicatorInput(null, "Weapons marked", true, null, 2025, new BigDecimal("20"),
                List.of(new ProjectIndicatorPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        new BigDecimal("60"), new BigDecimal("35"))), 0));
        p.moveTo(ProjectStatus.IMPLEMENTATION);
        return p;
    }

    @Test
    void anExportValidatesAndReadsBackToTheSameProject() {
        Project p = project();
        String xml = new IatiWriter(CODES, "XI-SALWHUB", "SALW Hub").write(List.of(p), Instant.now());
        assertEquals(List.of(), IatiSchema.errors(xml));
        List<IatiActivity> read = new IatiReader(CODES).read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.size());
        IatiActivity a = read.get(0);
        assertEquals(List.of(), a.problems());
        assertEquals(List.of(), a.notes(), "SALW Hub's own export leaves nothing out");
        assertEquals(p.draft(), a.draft());
        assertEquals(ProjectStatus.IMPLEMENTATION, a.status());
        assertEquals(p.budgets().stream().map(b -> b.kind() + " " + b.year() + " " + b.amount() + " " + b.currency())
                .toList(), a.budgets().stream().map(b -> b.kind() + " " + b.year() + " " + b.amount() + " "
                + b.currency()).toList());
        assertEquals(2, a.transactions().size());
        assertEquals(ProjectTransactionType.PLEDGE, a.transactions().get(0).type());
        assertEquals(EU, a.transactions().get(0).providerId());
        assertEquals(new BigDecimal("50000.00"), a.transactions().get(1).amount());
        assertEquals(3, a.deliverables().get(0).delivered());
        assertEquals(new BigDecimal("35"), a.indicators().get(0).periods().get(0).actual());
    }

    @Test
    void aRegistryOrganisationIsWrittenWithItsOwnIatiIdentifierAndReadBackByIt() {
        // the registry's name differs from what another publisher calls it: the ref decides
        IatiCodes withRefs = new MapIatiCodes(Map.of("KE", KENYA), Map.of(EU, "Commission européenne"), Map.of(),
                Map.of("XI-IATI-EC_FPI", EU), Set.of("MARKING", "TRACING"));
        Project p = project();
        String xml = new IatiWriter(withRefs, "XI-SALWHUB", "SALW Hub").write(List.of(p), Instant.now());
        assertEquals(List.of(), IatiSchema.errors(xml));
        assertTrue(xml.contains("<participating-org ref=\"XI-IATI-EC_FPI\" role=\"1\">")
                || xml.contains("<participating-org role=\"1\" ref=\"XI-IATI-EC_FPI\">"), xml);
        assertTrue(xml.contains("<provider-org ref=\"XI-IATI-EC_FPI\">"), xml);
        assertTrue(xml.contains("ref=\"XM-RECSA\""), "a recorded ref is kept: " + xml);

        IatiActivity a = new IatiReader(withRefs).read(xml.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(List.of(), a.problems());
        assertEquals(EU, a.draft().participants().get(0).organisationId(), "matched by its ref");
        assertEquals(p.draft(), a.draft(), "the same project: the registry's identifier is not copied into it");
        assertEquals(EU, a.transactions().get(0).providerId());
    }

    @Test
    void anInvalidDocumentIsRefused() {
        String xml = new IatiWriter(CODES, "XI-SALWHUB", "SALW Hub").write(List.of(project()), Instant.now());
        String broken = xml.replace("<activity-status", "<activity-state");
        assertFalse(IatiSchema.errors(broken).isEmpty());
        assertThrows(IllegalStateException.class, () -> IatiSchema.requireValid(broken));
        ValidationException doctype = assertThrows(ValidationException.class, () -> new IatiReader(CODES)
                .read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><iati-activities>&e;</iati-activities>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("project.iati.doctype", doctype.errors().get(0).code());
    }

    @Test
    void closingNeedsActualDatesAndASubmittedFinalReport() {
        Project p = project();
        p.moveTo(ProjectStatus.FINALISATION);
        ValidationException refused = assertThrows(ValidationException.class, () -> p.moveTo(ProjectStatus.CLOSED));
        assertEquals(Set.of("project.status.needsActualEnd", "project.status.needsFinalReport"),
                Set.copyOf(refused.errors().stream().map(e -> e.code()).toList()));
        p.saveMilestone(new ProjectMilestoneInput(null, ProjectMilestoneKind.FINAL_REPORT, "Final report",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), null, 0));
        ProjectDraft d = p.draft();
        p.describe(new ProjectDraft(d.iatiIdentifier(), d.titleEn(), d.titleFr(), d.titleAr(), d.descriptionEn(),
                d.descriptionFr(), d.descriptionAr(), d.recipientStates(), d.participants(), d.needIds(), d.offerIds(),
                d.matchIds(), d.themes(), d.genderMarker(), d.confidential(), d.plannedStart(), d.plannedEnd(),
                d.actualStart(), LocalDate.of(2027, 2, 28), d.lessonsLearned()));
        p.moveTo(ProjectStatus.CLOSED);
        assertEquals(ProjectStatus.CLOSED, p.status());
        assertThrows(ValidationException.class, () -> p.moveTo(ProjectStatus.IMPLEMENTATION), "closed is final");
    }
}
