package org.salwhub.registry.api.directory;

import java.util.UUID;

/**
 * CDI event fired after a person, role, agency or coordination body changed.
 * Observers in other modules keep their own projections up to date with it.
 */
public record DirectoryChanged(Kind kind, UUID id, UUID stateId, Change change) {
    public enum Kind { PERSON, ROLE, AGENCY, COORDINATION_BODY }

    public enum Change { CREATED, UPDATED, ENDED, MERGED, ANONYMISED }
}
