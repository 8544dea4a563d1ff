package org.salwhub.assistance.control;

import java.util.Optional;
import java.util.UUID;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * What the IATI writer and reader need from the registry: ISO codes of States and the names and IATI references
 * of organisations, both ways.
 */
public interface IatiCodes {

    /** A State's ISO 3166-1 alpha-2 code. */
    Optional<String> iso2(UUID state);

    Optional<UUID> stateOfIso2(String iso2);

    /** An organisation's name (English) for narratives. */
    Optional<String> organisationName(UUID organisation);

    /** An organisation's names in English, French and Arabic, for what the import preview says of it. */
    default Optional<LocalizedText> organisationNames(UUID organisation) {
        return organisationName(organisation).map(name -> new LocalizedText(name, null, null));
    }

    /** The registry organisation with this acronym or name (in English, French or Arabic), if any. */
    Optional<UUID> organisationNamed(String name);

    /** The registry organisation whose IATI organisation identifier this ref is (e.g. XM-DAC-5-7), if any. */
    Optional<UUID> organisationWithIatiIdentifier(String ref);

    /** A registry organisation's own IATI organisation identifier, written as the {@code ref} of what it takes part in. */
    default Optional<String> organisationIatiIdentifier(UUID organisation) {
        return Optional.empty();
    }

    /** Whether the code is one of SALW Hub's thematic areas. */
    boolean isTheme(String code);
}
