package org.salwhub.registry.api;

import org.salwhub.registry.api.kernel.LocalizedText;

/** An organisation as other modules see it. */
public record OrganisationView(OrganisationId id, String acronym, LocalizedText name,
                               OrganisationType type, boolean donor, long version) {
}
