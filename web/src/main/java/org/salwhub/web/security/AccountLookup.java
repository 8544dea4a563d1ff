package org.salwhub.web.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.salwhub.registry.api.kernel.Caller;

/** Answers, on every request, whether a session's account or an API token may still act, and as whom. */
@Stateless
public class AccountLookup {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalize(username))
                .getResultStream().findFirst();
    }

    /** Every enabled account, for resolving who a notification reaches. */
    public java.util.List<AccountView> enabledAccounts() {
        return em.createNamedQuery("UserAccount.enabled", UserAccount.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultStream()
                .map(UserAccount::view).toList();
    }

    /** The caller of an enabled account; empty when the account is gone or disabled. */
    public Optional<Caller> activeCaller(String username) {
        return activeAccount(username).map(ActiveAccount::caller);
    }

    /**
     * An enabled account, read again on every request of its session: its caller, and whether it still has to
     * replace a one-time password; empty when the account is gone or disabled.
     */
    public Optional<ActiveAccount> activeAccount(String username) {
        return account(username).filter(UserAccount::enabled).map(ActiveAccount::of);
    }

    /**
     * The account behind a bearer token, when the token is active and its owner enabled and not locked (with
     * whether the owner still has a one-time password).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ActiveAccount> accountForToken(String secret) {
        if (secret == null || !secret.startsWith(Secrets.TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", Secrets.sha256(secret))
                .getResultStream().findFirst()
                .filter(ApiToken::isActive)
                .flatMap(token -> {
                    UserAccount owner = em.find(UserAccount.class, token.userId());
                    if (owner == null || !owner.enabled() || owner.isLocked(now)) {
                        return Optional.empty();
                    }
                    touch(token, now);
                    return Optional.of(ActiveAccount.of(owner));
                });
    }

    /** Notes when a token was last used, at most once a minute, without touching its version or the audit trail. */
    private void touch(ApiToken token, Instant now) {
        Instant last = token.view().lastUsedAt();
        if (last == null || last.plus(TOUCH_INTERVAL).isBefore(now)) {
            // native on purpose: not an edit, so neither the version nor the audit trail should change
            em.createNativeQuery("UPDATE web_api_token SET last_used_at = ?1 WHERE id = ?2")
                    .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, token.id()).executeUpdate();
        }
    }
}
