package org.salwhub.assistance.api.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What staff enter or change of a project's record. Titles and descriptions in any of the three languages (at
 * least one title); links to the needs, offers and matches it came from by ID.
 */
public record ProjectDraft(String iatiIdentifier, String titleEn, String titleFr, String titleAr,
                           String descriptionEn, String descriptionFr, String descriptionAr,
                           Set<UUID> recipientStates, List<ProjectParticipant> participants, Set<UUID> needIds,
                           Set<UUID> offerIds, Set<UUID> matchIds, Set<String> themes, ProjectGenderMarker genderMarker,
                           boolean confidential, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                           LocalDate actualEnd, String lessonsLearned) {

    public ProjectDraft {
        recipientStates = recipientStates == null ? Set.of() : Set.copyOf(recipientStates);
        participants = participants == null ? List.of() : List.copyOf(participants);
        needIds = needIds == null ? Set.of() : Set.copyOf(needIds);
        offerIds = offerIds == null ? Set.of() : Set.copyOf(offerIds);
        matchIds = matchIds == null ? Set.of() : Set.copyOf(matchIds);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
