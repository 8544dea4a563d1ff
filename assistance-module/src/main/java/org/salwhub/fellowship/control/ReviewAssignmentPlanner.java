package org.salwhub.fellowship.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Assigns reviewers to applications: each application gets up to {@code perApplication} reviewers, never one with
 * a conflict of interest (same State, or same agency, as the nominee), the least-loaded reviewer first, ties
 * broken by user name so that a plan is repeatable. Pure: no database.
 */
public final class ReviewAssignmentPlanner {

    private ReviewAssignmentPlanner() {
    }

    /** An application to review: the nominee's State and agency (registry ID and/or name). */
    public record Application(UUID nominationId, UUID stateId, UUID agencyId, String agencyName,
                              Set<String> reviewers) {
        public Application {
            reviewers = reviewers == null ? Set.of() : Set.copyOf(reviewers);
        }
    }

    /**
     * A reviewer who may be assigned, with their State and agency (registry ID and/or name: the registry agency's
     * name, or what they declared as free text); {@code load} what they already have.
     */
    public record Reviewer(String username, UUID stateId, UUID agencyId, String agencyName, int load) {
    }

    public record Pair(UUID nominationId, String username) {
    }

    public record Plan(List<Pair> pairs, Map<String, Integer> load, List<UUID> shortOfReviewers) {
    }

    /**
     * Whether the reviewer has a conflict of interest with the application: the same State, or the same agency.
     * Agencies are compared by their registry IDs when both sides have one (two agencies of the same name are two
     * agencies; one agency written two ways is one); only where one side names its agency as free text (no registry
     * ID) are the names compared, ignoring case and spacing.
     */
    public static boolean conflict(Application application, Reviewer reviewer) {
        if (reviewer.stateId() != null && reviewer.stateId().equals(application.stateId())) {
            return true;
        }
        if (application.agencyId() != null && reviewer.agencyId() != null) {
            return reviewer.agencyId().equals(application.agencyId());
        }
        String a = normalise(application.agencyName());
        return a != null && a.equals(normalise(reviewer.agencyName()));
    }

    public static Plan plan(List<Application> applications, List<Reviewer> reviewers, int perApplication) {
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r.username(), r.load()));
        List<Pair> pairs = new ArrayList<>();
        List<UUID> short_ = new ArrayList<>();
        // the applications with the fewest possible reviewers first, so that scarce reviewers go where needed
        List<Application> ordered = new ArrayList<>(applications);
        ordered.sort(Comparator.comparingLong((Application a) -> reviewers.stream()
                .filter(r -> !conflict(a, r)).count()).thenComparing(a -> a.nominationId().toString()));
        for (Application application : ordered) {
            Set<String> assigned = new HashSet<>(application.reviewers());
            int needed = perApplication - assigned.size();
            while (needed > 0) {
                Reviewer next = reviewers.stream()
                        .filter(r -> !assigned.contains(r.username()) && !conflict(application, r))
                        .min(Comparator.comparingInt((Reviewer r) -> load.get(r.username()))
                                .thenComparing(Reviewer::username))
                        .orElse(null);
                if (next == null) {
                    short_.add(application.nominationId());
                    break;
                }
                assigned.add(next.username());
                load.merge(next.username(), 1, Integer::sum);
                pairs.add(new Pair(application.nominationId(), next.username()));
                needed--;
            }
        }
        return new Plan(pairs, load, short_);
    }

    /** An agency's name as compared: trimmed, lower case, single spaces; null when blank. */
    public static String normalise(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        return Objects.requireNonNull(agency).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
