package org.salwhub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New hashes get 120,000 PBKDF2 rounds unless the server is told otherwise, and never fewer than 1,000. */
class PasswordHasherTest {

    @AfterEach
    void restore() {
        System.clearProperty("salwhub.password.iterations");
    }

    @Test
    void theRoundsAre120000UnlessSetAndNeverFewerThan1000() {
        System.clearProperty("salwhub.password.iterations");
        assertEquals(120_000, PasswordHasher.iterations());
        System.setProperty("salwhub.password.iterations", "2000");
        assertEquals(2000, PasswordHasher.iterations());
        System.setProperty("salwhub.password.iterations", "10");
        assertEquals(1000, PasswordHasher.iterations());
        System.setProperty("salwhub.password.iterations", "many");
        assertEquals(120_000, PasswordHasher.iterations());
    }
}
