package org.salwhub.registry.api;

import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * An organisation as other modules see it. {@code iatiIdentifier} is its IATI organisation identifier (e.g.
 * {@code XM-DAC-5-7}), by which IATI files name it; null when none is recorded.
 */
public record OrganisationView(OrganisationId id, String acronym, LocalizedText name,
                               OrganisationType type, boolean donor, String iatiIdentifier, long version) {
}
