package org.salwhub.registry.api.directory;

import java.util.List;
import java.util.UUID;

/**
 * What is recorded about a person. {@code latinName} is the Latin
 * transliteration of a name written in Arabic script. A person belongs to a
 * State or to an organisation; {@code agencyId} is optional.
 */
public record PersonDetails(UUID stateId, UUID organisationId, UUID agencyId, String honorific, String givenName,
                            String familyName, String latinName, Sex sex, List<String> languages, String email,
                            String alternateEmail, String phone, String mobile, String postalAddress,
                            String positionTitle) {
    public PersonDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
