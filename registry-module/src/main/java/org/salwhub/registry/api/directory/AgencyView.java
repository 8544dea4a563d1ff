package org.salwhub.registry.api.directory;

import java.util.UUID;

/** An agency or competent authority of a State (or a unit of an organisation). */
public record AgencyView(AgencyId id, UUID stateId, UUID organisationId, AgencyType type, String name, String acronym,
                         long version) {
}
