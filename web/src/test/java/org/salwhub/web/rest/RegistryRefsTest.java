package org.salwhub.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationType;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;

/** An organisation named in a request by ID or acronym, as the needs, offers and projects resources read it. */
class RegistryRefsTest {

    static final OrganisationView UNDP = new OrganisationView(new OrganisationId(UUID.randomUUID()), "UNDP",
            new LocalizedText("UNDP", "PNUD", "UNDP"), OrganisationType.values()[0], true, null, 0);

    /** A registry that knows only UNDP, by ID and by acronym. */
    static RegistryFacade registry() {
        return (RegistryFacade) Proxy.newProxyInstance(RegistryFacade.class.getClassLoader(),
                new Class<?>[] {RegistryFacade.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "organisation" -> Optional.of(UNDP).filter(o -> o.id().equals(args[0]));
                    case "organisationByAcronym" -> Optional.of(UNDP).filter(o -> o.acronym().equals(args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anOrganisationIsFoundByIdOrByAcronym() {
        UUID id = UNDP.id().value();
        assertEquals(id, RegistryRefs.organisationId(registry(), id.toString()));
        assertEquals(id, RegistryRefs.organisationId(registry(), "UNDP"));
    }

    @Test
    void anUnknownOrganisationIsNotFoundAndAMalformedIdIsRefused() {
        NotFoundException byAcronym = assertThrows(NotFoundException.class,
                () -> RegistryRefs.organisationId(registry(), "NOPE"));
        assertEquals("Organisation", byAcronym.entityType());
        assertEquals("NOPE", byAcronym.entityId());
        String unknown = UUID.randomUUID().toString();
        assertEquals(unknown, assertThrows(NotFoundException.class,
                () -> RegistryRefs.organisationId(registry(), unknown)).entityId());
        assertThrows(ValidationException.class,
                () -> RegistryRefs.organisationId(registry(), "x".repeat(36)));
    }
}
