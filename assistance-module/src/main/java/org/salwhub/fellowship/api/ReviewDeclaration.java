package org.salwhub.fellowship.api;

import java.util.UUID;
import org.salwhub.registry.api.directory.AgencyId;

/**
 * A reviewer's declaration of interests: the State and the agency (a registry agency of that State, {@code agencyId})
 * or organisation they work for. A reviewer is never assigned a nominee of the same State or agency. {@code agency}
 * is the agency's name: the registry's when declared by ID; a declaration made before agencies were chosen from the
 * registry may carry only a name (free text).
 */
public record ReviewDeclaration(String username, UUID stateId, UUID organisationId, AgencyId agencyId, String agency,
                                long version) {

    /** A declaration naming its agency as text only (a client of the API before agencies had IDs). */
    public ReviewDeclaration(String username, UUID stateId, UUID organisationId, String agency, long version) {
        this(username, stateId, organisationId, null, agency, version);
    }
}
