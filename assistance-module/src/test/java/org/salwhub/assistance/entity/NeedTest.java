package org.salwhub.assistance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.Priority;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

class NeedTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID KENYA = UUID.randomUUID();

    static NeedDraft draft(List<LineInput> lines, String training, String maintenance, String logistics) {
        return new NeedDraft(KENYA, "Marking machines", null, Set.of("MARKING"), Set.of("EQUIPMENT"), lines,
                new BigDecimal("100000"), "usd", "Premises and staff", Priority.HIGH, TODAY, TODAY.plusMonths(6),
                NeedContext.NON_CONFLICT, null, null, null, null, Confidentiality.NETWORK, Set.of("en"), training,
                maintenance, logistics);
    }

    static Need need(int machines) {
        return new Need(NeedId.random(), draft(List.of(new LineInput("MARKING_MACHINE", machines, LineUnit.PIECE, null)),
                "Operators", "Two years", "Transport"), "fp.kenya", Instant.now());
    }

    static void publish(Need need) {
        need.moveTo(NeedStatus.SUBMITTED, TODAY);
        need.moveTo(NeedStatus.VALIDATED, TODAY);
        need.moveTo(NeedStatus.PUBLISHED, TODAY);
    }

    @Test
    void anEquipmentLineRequiresTheWholeSustainmentPlan() {
        Need need = new Need(NeedId.random(), draft(List.of(new LineInput("MARKING_MACHINE", 4, null, null)),
                "Operators", " ", null), "fp.kenya", Instant.now());
        Set<String> fields = need.incompleteness("MARKING_MACHINE"::equals).stream().map(FieldError::field)
                .collect(Collectors.toSet());
        assertEquals(Set.of("sustainmentMaintenance", "sustainmentLogistics"), fields);
        Need training = new Need(NeedId.random(), draft(List.of(new LineInput("COURSE_MARKING", 2, null, null)),
                null, null, null), "fp.kenya", Instant.now());
        assertEquals(List.of(), training.incompleteness("MARKING_MACHINE"::equals), "a course needs no plan");
        assertEquals("USD", training.currency());
    }

    @Test
    void theLifecycleRefusesWhatItDoesNotAllow() {
        Need need = need(8);
        ValidationException early = assertThrows(ValidationException.class,
                () -> need.moveTo(NeedStatus.PUBLISHED, TODAY));
        assertEquals("transition.illegal", early.errors().get(0).code());
        assertEquals(List.of("DRAFT", "PUBLISHED"), early.errors().get(0).args());
        need.moveTo(NeedStatus.SUBMITTED, TODAY);
        need.returnWith("  Name the sites  ", TODAY);
        assertEquals(NeedStatus.RETURNED, need.status());
        need.moveTo(NeedStatus.SUBMITTED, TODAY);
        need.moveTo(NeedStatus.VALIDATED, TODAY);
        need.moveTo(NeedStatus.PUBLISHED, TODAY);
        assertEquals(TODAY, need.publishedOn());
        assertThrows(ValidationException.class, () -> need.moveTo(NeedStatus.FULFILLED, TODAY));
        assertThrows(ValidationException.class, () -> need.moveTo(NeedStatus.DRAFT, TODAY));
        need.moveTo(NeedStatus.WITHDRAWN, TODAY);
        for (NeedStatus any : NeedStatus.values()) {
            assertThrows(ValidationException.class, () -> need.moveTo(any, TODAY), "withdrawn is final: " + any);
        }
    }

    @Test
    void coveringPartOfALineLeavesTheRestOpen() {
        Need need = need(8);
        publish(need);
        need.cover(Map.of("MARKING_MACHINE", 5), TODAY);
        assertEquals(NeedStatus.PARTIALLY_MATCHED, need.status());
        assertEquals(3, need.line("MARKING_MACHINE").orElseThrow().remaining());
        ValidationException tooMuch = assertThrows(ValidationException.class,
                () -> need.cover(Map.of("MARKING_MACHINE", 4), TODAY));
        assertEquals("match.alreadyCovered", tooMuch.errors().get(0).code());
        assertEquals(3, need.line("MARKING_MACHINE").orElseThrow().remaining(), "nothing taken");
        assertThrows(ValidationException.class, () -> need.cover(Map.of("LASER_ENGRAVER", 1), TODAY));
        need.cover(Map.of("MARKING_MACHINE", 3), TODAY);
        assertEquals(NeedStatus.MATCHED, need.status());
        ValidationException locked = assertThrows(ValidationException.class, () -> need.describe(
                draft(List.of(), "a", "b", "c")));
        assertEquals("lines.committed", locked.errors().get(0).code());
    }

    @Test
    void aPublishedNeedPastItsPeriodIsOverdue() {
        Need need = need(1);
        assertTrue(!need.isOverdue(TODAY.plusYears(1)), "a draft does not expire");
        publish(need);
        assertTrue(!need.isOverdue(TODAY));
        assertTrue(need.isOverdue(TODAY.plusMonths(7)));
        need.moveTo(NeedStatus.EXPIRED, TODAY.plusMonths(7));
        assertEquals(NeedStatus.EXPIRED, need.status());
    }

    @Test
    void draftsAreCheckedForLengthsQuantitiesMoneyAndLinks() {
        NeedDraft bad = new NeedDraft(KENYA, " ", null, Set.of(), Set.of(), List.of(
                new LineInput("MARKING_MACHINE", 0, null, null), new LineInput("MARKING_MACHINE", 2, null, null)),
                new BigDecimal("-1"), "dollars", null, null, TODAY, TODAY.minusDays(1), null, null, null, null,
                "javascript:alert(1)", null, Set.of("english"), null, null, null);
        Set<String> codes = Need.check(bad).stream().map(e -> e.field() + ":" + e.code()).collect(Collectors.toSet());
        assertEquals(Set.of("title:required", "lines[0].quantity:quantity.range", "lines[1].itemCode:lines.duplicate",
                "estimatedCost:amount.range", "currency:currency.format", "periodTo:period.order",
                "sourceLink:url.format", "languages:language.format"), codes);
    }

    @Test
    void onlyACompleteDraftOrReturnedNeedIsSubmitted() {
        Need incomplete = new Need(NeedId.random(), draft(List.of(new LineInput("MARKING_MACHINE", 4, null, null)),
                null, null, null), "fp.kenya", Instant.now());
        ValidationException lacking = assertThrows(ValidationException.class,
                () -> incomplete.submit("MARKING_MACHINE"::equals, TODAY));
        assertEquals(Set.of("sustainmentTraining", "sustainmentMaintenance", "sustainmentLogistics"),
                lacking.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertEquals(NeedStatus.DRAFT, incomplete.status());
        Need need = need(2);
        need.submit("MARKING_MACHINE"::equals, TODAY);
        assertEquals(NeedStatus.SUBMITTED, need.status());
        ValidationException again = assertThrows(ValidationException.class,
                () -> need.submit("MARKING_MACHINE"::equals, TODAY));
        assertEquals("transition.illegal", again.errors().get(0).code());
        assertEquals(List.of("SUBMITTED", "SUBMITTED"), again.errors().get(0).args());
    }

    @Test
    void aNeedGoesBackOnlyWithAComment() {
        Need need = need(2);
        need.moveTo(NeedStatus.SUBMITTED, TODAY);
        assertEquals("need.returnComment", assertThrows(ValidationException.class,
                () -> need.returnWith("  ", TODAY)).errors().get(0).code());
        assertEquals("tooLong", assertThrows(ValidationException.class,
                () -> Need.requireReturnComment("x".repeat(Need.TEXT_MAX + 1))).errors().get(0).code());
        assertEquals(NeedStatus.SUBMITTED, need.status());
        need.returnWith(" Name the sites ", TODAY);
        assertEquals(NeedStatus.RETURNED, need.status());
    }

    @Test
    void codeListsKeepSortedSetsAndEscapeLikePatterns() {
        assertEquals("|A|B|", CodeList.join(List.of("B", "A", "B", " ")));
        assertEquals(Set.of("A", "B"), CodeList.split("|A|B|"));
        assertEquals(Set.of(), CodeList.split(""));
        assertEquals("%|RECORD\\_KEEPING|%", CodeList.pattern("RECORD_KEEPING"));
    }
}
