package org.salwhub.registry.api.directory;

import java.time.Instant;
import java.util.List;

/** Everything the directory holds about one person, for a subject-access request. */
public record PersonalDataExport(PersonView person, List<ContactView> roles, Instant exportedAt) {
    public PersonalDataExport {
        roles = List.copyOf(roles);
    }
}
