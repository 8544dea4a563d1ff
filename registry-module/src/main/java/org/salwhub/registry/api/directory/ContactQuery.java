package org.salwhub.registry.api.directory;

import java.util.UUID;

/**
 * Criteria for a directory search; null fields do not filter. Paging and
 * sorting happen in the database.
 */
public record ContactQuery(String text, UUID stateId, RoleType roleType, UUID agencyId, String language,
                           VerificationState verification, boolean includeEnded, int first, int size,
                           String sortField, boolean ascending) {

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null, null, false, 0, 50, "personName", true);
    }

    public ContactQuery page(int newFirst, int newSize) {
        return new ContactQuery(text, stateId, roleType, agencyId, language, verification, includeEnded, newFirst,
                newSize, sortField, ascending);
    }
}
