package org.salwhub.fellowship.control;

import java.util.Comparator;
import java.util.List;
import org.salwhub.fellowship.api.FellowshipAccounts;
import org.salwhub.fellowship.api.ReviewCandidate;
import org.salwhub.registry.api.kernel.Role;

/**
 * Who may be assigned reviews: the enabled accounts with the {@link Role#REVIEWER} role, by user name, with the
 * State and organisation their account is bound to (usually none; the reviewer's declaration of interests completes
 * them).
 */
public final class ReviewerPool {

    private ReviewerPool() {
    }

    public static List<ReviewCandidate> candidates(List<FellowshipAccounts.Account> accounts) {
        return accounts.stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.REVIEWER))
                .sorted(Comparator.comparing(FellowshipAccounts.Account::username))
                .map(a -> new ReviewCandidate(a.username(), a.displayName(), a.stateId(), a.organisationId(), null))
                .toList();
    }
}
