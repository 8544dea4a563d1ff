package org.salwhub.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only paths literally below /api/v1/public/ skip the bearer token; tricks that a server might normalise do not. */
class PublicApiPathTest {

    @Test
    void thePublicViewIsReachedWithoutAToken() {
        assertTrue(HubAuthenticationMechanism.isPublicView("/api/v1/public/states"));
        assertTrue(HubAuthenticationMechanism.isPublicView("/api/v1/public/states/KE/contacts"));
    }

    @Test
    void nothingElseIs() {
        for (String path : new String[] {"/api/v1/states/KE", "/api/v1/public", "/api/v1/publicity/x",
                "/api/v1/public/../contacts", "/api/v1/public/%2e%2e/contacts", "/api/v1/public/states;x=/../../contacts",
                "/api/v1/public//states", "/api/v1/public/..\\contacts", "/api/v2/public/states"}) {
            assertFalse(HubAuthenticationMechanism.isPublicView(path), path);
        }
    }
}
