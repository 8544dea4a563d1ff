package org.salwhub.registry.api.directory;

import java.util.List;
import java.util.UUID;

/** A person as the directory shows them to network members. */
public record PersonView(PersonId id, PersonDetails details, String displayName, boolean anonymised,
                         UUID mergedInto, long version) {
    public List<String> languages() {
        return details.languages();
    }
}
