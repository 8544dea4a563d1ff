package org.salwhub.assistance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/** A project's field rules, and the aggregate refusing what breaks them. */
class ProjectRulesTest {

    static ProjectDraft draft(String identifier, LocalDate start, LocalDate end) {
        return new ProjectDraft(identifier, "Marking", null, null, "Marking machines", null, null,
                Set.of(UUID.randomUUID()), List.of(new ProjectParticipant(UUID.randomUUID(), null, null,
                ProjectOrgRole.FUNDING)), Set.of(), Set.of(), Set.of(), Set.of(), ProjectGenderMarker.NOT_TARGETED,
                false, start, end, null, null, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aCompleteDraftPassesAndBrokenOnesNameTheirFields() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertEquals(List.of(), ProjectRules.check(draft("XI-TEST-1", start, start.plusMonths(6))));
        assertEquals(List.of("iatiIdentifier:project.identifier", "plannedEnd:project.dates.order"),
                fields(ProjectRules.check(draft("no identifier", start, start.minusDays(1)))));
    }

    @Test
    void budgetLinesAndTransactionsNeedAmountsCurrenciesAndYears() {
        assertEquals(List.of(), ProjectRules.checkBudget(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, 2026,
                new BigDecimal("1000"), "EUR")));
        assertEquals(List.of("budgets:project.amount", "budgets:project.currency", "budgets:project.budget.year"),
                fields(ProjectRules.checkBudget(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, 1800,
                        new BigDecimal("-1"), "euro"))));
        assertTrue(fields(ProjectRules.checkTransaction(new ProjectTransactionInput(
                ProjectTransactionType.DISBURSEMENT, LocalDate.of(2026, 2, 1), BigDecimal.ZERO, "EUR",
                UUID.randomUUID(), null, null, null, null))).containsAll(List.of("amount:project.amount",
                "receiver:required")));
    }

    @Test
    void moneyIsKeptToTheCentSoFinerAmountsAreRefusedNotRoundedToZero() {
        assertEquals(List.of("amount:project.amount"), fields(ProjectRules.checkTransaction(new ProjectTransactionInput(
                ProjectTransactionType.DISBURSEMENT, LocalDate.of(2026, 2, 1), new BigDecimal("1e-300"), "EUR",
                UUID.randomUUID(), null, UUID.randomUUID(), null, null))));
        assertEquals(List.of(), ProjectRules.checkTransaction(new ProjectTransactionInput(
                ProjectTransactionType.DISBURSEMENT, LocalDate.of(2026, 2, 1), new BigDecimal("0.01"), "EUR",
                UUID.randomUUID(), null, UUID.randomUUID(), null, null)));
        assertEquals(List.of("budgets:project.amount"), fields(ProjectRules.checkBudget(new ProjectBudgetLine(
                ProjectBudgetKind.ORIGINAL, 2026, new BigDecimal("10.005"), "EUR"))));
        assertEquals(List.of(), ProjectRules.checkBudget(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, 2026,
                new BigDecimal("10.500"), "EUR")));
    }

    @Test
    void theAggregateRefusesABadTransactionAndKeepsNone() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        Project p = new Project(UUID.randomUUID(), draft("XI-TEST-2", start, null), "MANUAL", "staff",
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThrows(ValidationException.class, () -> p.addTransaction(new ProjectTransactionInput(null, null,
                null, null, null, null, null, null, null), "staff"));
        assertEquals(0, p.transactions().size());
    }
}
