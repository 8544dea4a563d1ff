package org.salwhub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA256 password hashes, through Jakarta Security's own implementation. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
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
