package org.salwhub.registry.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.salwhub.registry.api.directory.DuplicateCandidate;
import org.salwhub.registry.api.directory.PersonView;

/**
 * Finds person records that probably describe the same person: the same
 * e-mail address anywhere, or a close name (Jaro-Winkler) within one State.
 */
public final class DuplicateFinder {

    /** Names at least this similar (0..1) are proposed; "Grace Wanjiru" / "Grace Wanjirú" scores 1.0. */
    public static final double NAME_THRESHOLD = 0.93;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private DuplicateFinder() {
    }

    /** @param searchNames each person's normalised name (lower case, no accents), by person */
    public static List<DuplicateCandidate> find(List<PersonView> persons, Map<PersonView, String> searchNames) {
        List<DuplicateCandidate> found = new ArrayList<>();
        Map<String, PersonView> byEmail = new HashMap<>();
        for (PersonView person : persons) {
            String email = person.details().email();
            if (email == null) {
                continue;
            }
            PersonView earlier = byEmail.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT), person);
            if (earlier != null) {
                found.add(new DuplicateCandidate(earlier, person, DuplicateCandidate.Reason.SAME_EMAIL, 1.0));
            }
        }
        Map<UUID, List<PersonView>> byState = new HashMap<>();
        for (PersonView person : persons) {
            if (person.details().stateId() != null) {
                byState.computeIfAbsent(person.details().stateId(), s -> new ArrayList<>()).add(person);
            }
        }
        for (List<PersonView> sameState : byState.values()) {
            for (int i = 0; i < sameState.size(); i++) {
                for (int j = i + 1; j < sameState.size(); j++) {
                    PersonView a = sameState.get(i);
                    PersonView b = sameState.get(j);
                    if (sameEmail(a, b)) {
                        continue; // already proposed
                    }
                    double score = SIMILARITY.apply(searchNames.get(a), searchNames.get(b));
                    if (score >= NAME_THRESHOLD) {
                        found.add(new DuplicateCandidate(a, b, DuplicateCandidate.Reason.SIMILAR_NAME, score));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed());
        return found;
    }

    private static boolean sameEmail(PersonView a, PersonView b) {
        return a.details().email() != null && b.details().email() != null
                && Objects.equals(a.details().email().toLowerCase(java.util.Locale.ROOT),
                b.details().email().toLowerCase(java.util.Locale.ROOT));
    }
}
