package org.salwhub.fellowship.api;

import java.util.UUID;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;

/**
 * A State nominates a candidate: a registry person ({@code personId}) or a new one ({@code newPerson}, created in
 * the registry), with the application and the note verbale.
 */
public record NominationRequest(UUID stateId, PersonId personId, PersonDetails newPerson,
                                NominationApplication application, NominationFile noteVerbale) {
}
