package org.salwhub.web.rest;

import java.util.UUID;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.rest.registry.ReportingJson;

/** What a path or query parameter names in the registry: a State or an organisation, as the ID of that record. */
public final class RegistryRefs {

    private RegistryRefs() {
    }

    /** A State by ISO alpha-2 code or ID; a 404 when there is none, a 400 when the ID is malformed. */
    public static UUID stateId(RegistryFacade registry, String ref) {
        return ReportingJson.state(registry, ref).id().value();
    }

    /** An organisation by ID (36 characters) or acronym; a 404 when there is none, a 400 when the ID is malformed. */
    public static UUID organisationId(RegistryFacade registry, String ref) {
        if (ref.length() == 36) {
            UUID id = DirectoryResources.uuid(ref, "organisation");
            return registry.organisation(new OrganisationId(id)).map(o -> o.id().value())
                    .orElseThrow(() -> new NotFoundException("Organisation", ref));
        }
        return registry.organisationByAcronym(ref).map(o -> o.id().value())
                .orElseThrow(() -> new NotFoundException("Organisation", ref));
    }
}
