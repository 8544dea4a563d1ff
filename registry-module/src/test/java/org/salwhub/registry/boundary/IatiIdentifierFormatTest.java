package org.salwhub.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.FieldError;

/**
 * What an organisation's IATI organisation identifier may look like: a registration agency's prefix and the
 * organisation's ID there, joined by hyphens, as real IATI files give them; anything else is refused on the field.
 */
class IatiIdentifierFormatTest {

    @Test
    void identifiersAsIatiFilesGiveThemAreAccepted() {
        for (String identifier : List.of("XM-DAC-5-7", "XM-DAC-41114", "XI-IATI-EC_FPI", "CA-3", "DE-1",
                "GB-CHC-1083008", "GB-GOV-1", "US-EIN-13-3287064", "NL-KvK-41177601", "BE-BCE_KBO-0264814354",
                "CH-FDJP-CHE-105.834.763")) {
            assertNull(RegistryService.iatiIdentifierProblem(identifier), identifier);
        }
    }

    @Test
    void somethingElseIsRefusedWithAFieldMessage() {
        for (String identifier : List.of("XM DAC 5 7", "XM-DAC-5 7", "GFFO", "41114", "XM-DAC-", "-XM-DAC-5-7",
                "XM--DAC-5-7", "xm-dac-5-7", "X-DAC-5-7", "XM-DAC-5-7/", "XM-DAC-5&7", "Auswärtiges Amt")) {
            FieldError error = RegistryService.iatiIdentifierProblem(identifier);
            assertEquals("iatiIdentifier", error == null ? null : error.field(), identifier);
            assertEquals("organisation.iatiIdentifierFormat", error.code(), identifier);
        }
        FieldError tooLong = RegistryService.iatiIdentifierProblem("XM-" + "1".repeat(98));
        assertEquals("tooLong", tooLong.code());
        assertEquals(List.of("100"), tooLong.args());
        assertNull(RegistryService.iatiIdentifierProblem("XM-" + "1".repeat(97)), "100 characters fit");
    }
}
