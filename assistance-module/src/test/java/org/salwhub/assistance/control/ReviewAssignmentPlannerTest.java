package org.salwhub.assistance.control;

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
import org.salwhub.assistance.control.ReviewAssignmentPlanner.Application;
import org.salwhub.assistance.control.ReviewAssignmentPlanner.Pair;
import org.salwhub.assistance.control.ReviewAssignmentPlanner.Plan;
import org.salwhub.assistance.control.ReviewAssignmentPlanner.Reviewer;

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
}
