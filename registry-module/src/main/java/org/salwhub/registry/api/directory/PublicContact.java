package org.salwhub.registry.api.directory;

import java.util.UUID;

/** What anonymous visitors see: which agency of a State holds which role. No personal details. */
public record PublicContact(UUID stateId, RoleType roleType, String agencyName) {
}
