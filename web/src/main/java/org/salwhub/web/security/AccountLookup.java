package org.salwhub.web.security;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.notify.Audience;

/** Answers, on every request, whether a session's account or an API token may still act, and as whom. */
@Stateless
public class AccountLookup {

    @Inject
    Clock clock;

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalize(username))
                .getResultStream().findFirst();
    }

    /**
     * The enabled accounts that may belong to {@code audience}: those named, scoped to one of its States,
     * organisations or persons, or holding one of its roles (administrators too, for centre staff). The caller
     * still checks each exactly; this only keeps a notification from reading every account.
     */
    public List<AccountView> enabledAccountsFor(Audience audience) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!audience.usernames().isEmpty()) {
            any.add("u.username IN :usernames");
            parameters.put("usernames", audience.usernames().stream().map(UserAccount::normalize).toList());
        }
        inIds(any, parameters, "u.scopeStateId", "states", audience.focalPointsOfStates());
        inIds(any, parameters, "u.scopeOrganisationId", "organisations", audience.donorsOfOrganisations());
        inIds(any, parameters, "u.scopePersonId", "persons", audience.persons());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(audience.roles());
        if (roles.contains(Role.CENTRE_STAFF)) {
            roles.add(Role.ADMIN);
        }
        for (Role role : roles) {
            any.add("u.roles LIKE :role" + role.ordinal());
            parameters.put("role" + role.ordinal(), "%" + role.name() + "%");
        }
        if (any.isEmpty()) {
            return List.of();
        }
        TypedQuery<UserAccount> query = em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND ("
                + String.join(" OR ", any) + ")", UserAccount.class).setFlushMode(FlushModeType.COMMIT);
        parameters.forEach(query::setParameter);
        return query.getResultStream().map(UserAccount::view).toList();
    }

    private static void inIds(List<String> any, Map<String, Object> parameters, String field, String name,
                              Set<UUID> ids) {
        if (!ids.isEmpty()) {
            any.add(field + " IN :" + name);
            parameters.put(name, ids.stream().map(UUID::toString).toList());
        }
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
        Instant now = Instant.now(clock);
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
