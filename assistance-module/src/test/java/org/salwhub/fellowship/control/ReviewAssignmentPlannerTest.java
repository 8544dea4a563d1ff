package org.salwhub.fellowship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.control.ReviewAssignmentPlanner.Application;
import org.salwhub.fellowship.control.ReviewAssignmentPlanner.Pair;
import org.salwhub.fellowship.control.ReviewAssignmentPlanner.Plan;
import org.salwhub.fellowship.control.ReviewAssignmentPlanner.Reviewer;

class ReviewAssignmentPlannerTest {

    static final UUID KENYA = UUID.randomUUID();
    static final UUID BURUNDI = UUID.randomUUID();
    static final UUID SUDAN = UUID.randomUUID();

    @Test
    void everyApplicationGetsItsReviewersAndTheLoadIsBalanced() {
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            applications.add(new Application(UUID.randomUUID(), i % 2 == 0 ? KENYA : BURUNDI, null, "Police " + i, Set.of()));
        }
        List<Reviewer> reviewers = List.of(new Reviewer("a", null, null, null, 0), new Reviewer("b", null, null, null, 0),
                new Reviewer("c", null, null, null, 0));
        Plan plan = ReviewAssignmentPlanner.plan(applications, reviewers, 2);
        assertEquals(18, plan.pairs().size());
        assertEquals(Map.of("a", 6, "b", 6, "c", 6), plan.load());
        Map<UUID, Long> perApplication = plan.pairs().stream().collect(Collectors.groupingBy(Pair::nominationId,
                Collectors.counting()));
        perApplication.values().forEach(n -> assertEquals(2L, n));
        assertTrue(plan.shortOfReviewers().isEmpty());
    }

    @Test
    void existingLoadCountsSoTheLeastLoadedReviewerComesFirst() {
        Application one = new Application(UUID.randomUUID(), KENYA, null, null, Set.of());
        Plan plan = ReviewAssignmentPlanner.plan(List.of(one), List.of(new Reviewer("busy", null, null, null, 5),
                new Reviewer("free", null, null, null, 1)), 1);
        assertEquals(List.of(new Pair(one.nominationId(), "free")), plan.pairs());
    }

    @Test
    void aReviewerOfTheNomineesStateOrAgencyIsNeverAssigned() {
        UUID agency = UUID.randomUUID();
        Application kenyan = new Application(UUID.randomUUID(), KENYA, agency, "Kenya Police Service", Set.of());
        List<Reviewer> reviewers = List.of(new Reviewer("kenyan", KENYA, null, null, 0),
                new Reviewer("sameAgencyByName", SUDAN, null, "  kenya   POLICE service ", 0),
                new Reviewer("sameAgencyById", SUDAN, agency, null, 0),
                new Reviewer("neutral", BURUNDI, null, "Customs", 9));
        Plan plan = ReviewAssignmentPlanner.plan(List.of(kenyan), reviewers, 2);
        assertEquals(List.of(new Pair(kenyan.nominationId(), "neutral")), plan.pairs());
        assertEquals(List.of(kenyan.nominationId()), plan.shortOfReviewers(), "only one reviewer without conflict");
        assertTrue(ReviewAssignmentPlanner.conflict(kenyan, reviewers.get(0)));
        assertTrue(ReviewAssignmentPlanner.conflict(kenyan, reviewers.get(1)));
        assertTrue(ReviewAssignmentPlanner.conflict(kenyan, reviewers.get(2)));
        assertFalse(ReviewAssignmentPlanner.conflict(kenyan, reviewers.get(3)));
    }

    @Test
    void reviewersAlreadyAssignedAreKeptAndNotAssignedTwice() {
        Application one = new Application(UUID.randomUUID(), KENYA, null, null, Set.of("a"));
        Plan plan = ReviewAssignmentPlanner.plan(List.of(one), List.of(new Reviewer("a", null, null, null, 1),
                new Reviewer("b", null, null, null, 3)), 2);
        assertEquals(List.of(new Pair(one.nominationId(), "b")), plan.pairs());
    }

    @Test
    void agenciesWithRegistryIdsAreComparedByIdNotByName() {
        UUID ugandaPolice = UUID.randomUUID();
        UUID burundiPolice = UUID.randomUUID();
        // a reviewer of the Uganda Police Force, declared from the registry
        Reviewer reviewer = new Reviewer("reviewer.uganda", null, ugandaPolice, "Uganda Police Force", 0);
        // the same agency written another way: still the same agency
        Application sameId = new Application(UUID.randomUUID(), BURUNDI, ugandaPolice, "UPF (on secondment)", Set.of());
        assertTrue(ReviewAssignmentPlanner.conflict(sameId, reviewer));
        // another agency that happens to carry the same name: no conflict
        Application otherId = new Application(UUID.randomUUID(), BURUNDI, burundiPolice, "uganda police force",
                Set.of());
        assertFalse(ReviewAssignmentPlanner.conflict(otherId, reviewer));
        Plan plan = ReviewAssignmentPlanner.plan(List.of(sameId, otherId), List.of(reviewer), 1);
        assertEquals(List.of(new Pair(otherId.nominationId(), "reviewer.uganda")), plan.pairs());
        assertEquals(List.of(sameId.nominationId()), plan.shortOfReviewers());
    }

    @Test
    void theNamesCountOnlyWhereOneSideIsFreeText() {
        UUID ugandaPolice = UUID.randomUUID();
        Reviewer fromRegistry = new Reviewer("r1", null, ugandaPolice, "Uganda Police Force", 0);
        Reviewer freeText = new Reviewer("r2", null, null, "Uganda  Police FORCE", 0);
        Application typed = new Application(UUID.randomUUID(), BURUNDI, null, " uganda police force", Set.of());
        Application chosen = new Application(UUID.randomUUID(), BURUNDI, ugandaPolice, "Uganda Police Force",
                Set.of());
        Application elsewhere = new Application(UUID.randomUUID(), BURUNDI, null, "Office burundais des recettes",
                Set.of());
        assertTrue(ReviewAssignmentPlanner.conflict(typed, fromRegistry), "free-text nomination: by name");
        assertTrue(ReviewAssignmentPlanner.conflict(typed, freeText), "both free text: by name");
        assertTrue(ReviewAssignmentPlanner.conflict(chosen, freeText), "free-text declaration: by name");
        assertFalse(ReviewAssignmentPlanner.conflict(elsewhere, fromRegistry));
        assertFalse(ReviewAssignmentPlanner.conflict(elsewhere, freeText));
        // no agency on either side is no conflict
        assertFalse(ReviewAssignmentPlanner.conflict(new Application(UUID.randomUUID(), BURUNDI, null, null, Set.of()),
                new Reviewer("r3", null, null, null, 0)));
    }

    @Test
    void theSameStateIsAConflictWhateverTheAgency() {
        Application kenyan = new Application(UUID.randomUUID(), KENYA, UUID.randomUUID(), "KRA", Set.of());
        assertTrue(ReviewAssignmentPlanner.conflict(kenyan, new Reviewer("k", KENYA, UUID.randomUUID(), "NPS", 0)));
    }
}
