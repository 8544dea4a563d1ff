package org.salwhub.fellowship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallCriterion;

class ReviewAggregationTest {

    final CallCriterion need = new CallCriterion(UUID.randomUUID(), "Need", 50);
    final CallCriterion experience = new CallCriterion(UUID.randomUUID(), "Experience", 30);
    final CallCriterion motivation = new CallCriterion(UUID.randomUUID(), "Motivation", 20);
    final List<CallCriterion> rubric = List.of(need, experience, motivation);

    @Test
    void aReviewersScoreIsTheWeightedMeanOfTheRubric() {
        // (5*50 + 3*30 + 1*20) / 100 = 3.6
        assertEquals(3.6, ReviewAggregation.weighted(Map.of(need.id(), 5, experience.id(), 3, motivation.id(), 1), rubric));
        assertEquals(0.0, ReviewAggregation.weighted(Map.of(need.id(), 0, experience.id(), 0, motivation.id(), 0), rubric));
        // weights need not sum to 100: 2 and 1 -> (4*2 + 1*1) / 3 = 3
        List<CallCriterion> two = List.of(new CallCriterion(need.id(), "Need", 2), new CallCriterion(experience.id(), "E", 1));
        assertEquals(3.0, ReviewAggregation.weighted(Map.of(need.id(), 4, experience.id(), 1), two));
    }

    @Test
    void anUnscoredCriterionGivesNoScore() {
        assertNull(ReviewAggregation.weighted(Map.of(need.id(), 5), rubric));
    }

    @Test
    void applicationsAggregateAsTheMeanOfReviewersWithTheSpread() {
        ReviewAggregation.Aggregate a = ReviewAggregation.aggregate(List.of(3.6, 2.0, 4.4));
        assertEquals(3.33, a.mean());
        assertEquals(2.4, a.spread());
        assertEquals(3, a.reviews());
        ReviewAggregation.Aggregate none = ReviewAggregation.aggregate(Arrays.asList(null, null));
        assertNull(none.mean());
        assertEquals(0, none.reviews());
    }
}
