package org.salwhub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 password hashes, through Jakarta Security's own implementation: 120,000 rounds, or the count in
 * the system property {@code salwhub.password.iterations} (at least 1,000; the test servers use fewer to save CPU).
 * Each hash records its own count, so hashes made with another count still verify.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The rounds new hashes get. */
    static int iterations() {
        try {
            return Math.max(1000, Integer.parseInt(System.getProperty("salwhub.password.iterations", "120000")));
        } catch (NumberFormatException e) {
            return 120_000;
        }
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    /**
     * Checks a password at the cost of a real check but against no account (the username is unknown), so the time
     * of the answer does not tell which usernames exist. Always false.
     */
    public boolean matchesNone(String password) {
        String hash = dummy;
        if (hash == null) {
            hash = hash(Secrets.newPassword(16));
            dummy = hash;
        }
        matches(password == null ? "" : password, hash);
        return false;
    }

    private volatile String dummy;
}
