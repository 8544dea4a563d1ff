package org.salwhub.registry.api.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One role held by one person: a row of the directory. */
public record ContactView(ContactRoleId roleId, RoleType roleType, UUID stateId, UUID organisationId,
                          LocalDate validFrom, LocalDate validTo, LocalDate lastVerified,
                          VerificationState verification, PersonId personId, String personName, String latinName,
                          String email, String phone, List<String> languages, UUID agencyId, String agencyName,
                          UUID replacedBy, String endReason, long version) {
    public ContactView {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean current() {
        return validTo == null;
    }
}
