package org.salwhub.registry.api;

import java.util.List;
import org.salwhub.registry.api.directory.PersonId;

/** An organisation with its member States and its own point of contact (null when none is recorded). */
public record OrganisationDetails(OrganisationView organisation, List<StateId> members, PersonId contactPerson) {

    public OrganisationDetails {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public long version() {
        return organisation.version();
    }
}
