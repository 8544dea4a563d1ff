package org.salwhub.fellowship.api;

import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.Sex;

/**
 * The nominee's application: current post and agency ({@code agencyId} when it is a registry agency), years of
 * experience, motivation, languages (ISO 639-1 codes), sex and age band.
 */
public record NominationApplication(String currentPost, String agencyName, AgencyType agencyType, UUID agencyId,
                                    int yearsExperience, String motivation, List<String> languages, Sex sex,
                                    NominationAgeBand ageBand) {
    public NominationApplication {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
