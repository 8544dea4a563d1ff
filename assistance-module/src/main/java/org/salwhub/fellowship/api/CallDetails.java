package org.salwhub.fellowship.api;

import java.util.List;

/**
 * What staff set for a call. {@code womenTargetPercent} and {@code developingTargetPercent} are the shares of
 * the cohort the selection aims for; {@code reviewersPerApplication} how many reviewers score each application.
 */
public record CallDetails(String title, String theme, String description, int seats, List<String> languages,
                          CallEligibility eligibility, int maxNominationsPerState, int womenTargetPercent,
                          int developingTargetPercent, CallDeadlines deadlines, int reviewersPerApplication,
                          List<CallPhase> phases, List<CallCriterion> criteria, CallCompletionRule completion) {
    public CallDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        eligibility = eligibility == null ? CallEligibility.any() : eligibility;
        phases = phases == null ? List.of() : List.copyOf(phases);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        completion = completion == null ? CallCompletionRule.standard() : completion;
        deadlines = deadlines == null ? new CallDeadlines(null, null, null, null) : deadlines;
    }
}
