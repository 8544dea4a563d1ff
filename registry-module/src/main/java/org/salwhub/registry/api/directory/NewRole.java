package org.salwhub.registry.api.directory;

import java.time.LocalDate;
import java.util.UUID;

/** A person takes up a role for a State (or an organisation) from a date. */
public record NewRole(PersonId personId, UUID stateId, UUID organisationId, RoleType roleType, LocalDate validFrom) {
}
