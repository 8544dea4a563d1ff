package org.salwhub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void tokensCarryTheRecognisablePrefixAnd256RandomBits() {
        String token = Secrets.newToken();
        assertTrue(token.startsWith("shub_"), token);
        assertEquals("shub_", Secrets.TOKEN_PREFIX);
        // 32 bytes in unpadded base64url are 43 characters
        assertEquals(5 + 43, token.length(), token);
        assertTrue(token.substring(5).matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void tokensAreUnique() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertTrue(tokens.add(Secrets.newToken()));
        }
    }

    @Test
    void sha256KnownVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Secrets.sha256(""));
    }

    @Test
    void sha256HashesTheUtf8Bytes() {
        // "é" is C3 A9 in UTF-8; the ISO-8859-1 byte E9 would give de2e331d…
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Secrets.sha256("\u00e9"));
    }

    @Test
    void oneTimePasswordsAvoidLookAlikeCharacters() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = Secrets.newPassword(14);
            assertEquals(14, password.length());
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
            assertTrue(password.matches("[A-Za-z2-9]+"), password);
            passwords.add(password);
        }
        assertEquals(500, passwords.size());
    }
}
