package org.salwhub.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A revocable API token. Only its SHA-256 hash is stored; the token itself is shown once. */
@Entity
@Table(name = "web_api_token")
@NamedQuery(name = "ApiToken.byHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.ofUser", query = "SELECT t FROM ApiToken t WHERE t.userId = :user ORDER BY t.createdAt DESC")
@NamedQuery(name = "ApiToken.activeOfUser",
        query = "SELECT t FROM ApiToken t WHERE t.userId = :user AND t.revokedAt IS NULL")
public class ApiToken {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(String userId, String name, String tokenHash, String tokenPrefix, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public TokenView view() {
        return new TokenView(id, name, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
