package org.salwhub.assistance.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A registry for the IATI tests, read from maps: States by ISO code, each organisation's own (English) name, the
 * names and acronyms an organisation is known by (compared ignoring case), the IATI organisation identifiers and the
 * thematic area codes.
 */
record MapIatiCodes(Map<String, UUID> states, Map<UUID, String> names, Map<String, UUID> aliases,
                    Map<String, UUID> identifiers, Set<String> themes) implements IatiCodes {

    /** The same registry before it knew any IATI organisation identifier: names and acronyms only. */
    MapIatiCodes withoutIdentifiers() {
        return new MapIatiCodes(states, names, aliases, Map.of(), themes);
    }

    @Override
    public Optional<String> iso2(UUID state) {
        return states.entrySet().stream().filter(e -> e.getValue().equals(state)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<UUID> stateOfIso2(String iso2) {
        return Optional.ofNullable(states.get(iso2));
    }

    @Override
    public Optional<String> organisationName(UUID organisation) {
        return Optional.ofNullable(names.get(organisation));
    }

    @Override
    public Optional<UUID> organisationNamed(String name) {
        return aliases.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    @Override
    public Optional<String> organisationIatiIdentifier(UUID organisation) {
        return identifiers.entrySet().stream().filter(e -> e.getValue().equals(organisation)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Optional<UUID> organisationWithIatiIdentifier(String ref) {
        return Optional.ofNullable(identifiers.get(ref.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public boolean isTheme(String code) {
        return themes.contains(code);
    }
}
