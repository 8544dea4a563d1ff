package org.salwhub.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/** A person who signs in to SALW Hub, with roles and the State, organisation or registry person they act for. */
@Entity
@Table(name = "web_user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.withRole", query = "SELECT u FROM UserAccount u WHERE u.roles LIKE :pattern")
@NamedQuery(name = "UserAccount.ofPerson", query = "SELECT u FROM UserAccount u WHERE u.scopePersonId = :person")
@NamedQuery(name = "UserAccount.ofPersons", query = "SELECT u FROM UserAccount u WHERE u.scopePersonId IN :persons")
public class UserAccount {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "scope_state_id", length = 36)
    private String scopeStateId;

    @Column(name = "scope_organisation_id", length = 36)
    private String scopeOrganisationId;

    /** The registry person a FELLOW account acts for. */
    @Column(name = "scope_person_id", length = 36)
    private String scopePersonId;

    @Column(name = "preferred_language", length = 5)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.username = normalize(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Grants roles and binds the account to a State and/or an organisation. */
    public void assign(Set<Role> roles, UUID state, UUID organisation) {
        assign(roles, state, organisation, null);
    }

    /** Grants roles and binds the account to a State, an organisation and/or a registry person. */
    public void assign(Set<Role> roles, UUID state, UUID organisation, UUID person) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.scopeStateId = state == null ? null : state.toString();
        this.scopeOrganisationId = organisation == null ? null : organisation.toString();
        this.scopePersonId = person == null ? null : person.toString();
    }

    /** The registry person this (FELLOW) account acts for became another record (a merge of duplicates). */
    public void actFor(UUID person) {
        this.scopePersonId = person == null ? null : person.toString();
    }

    public boolean isLocked(Instant now) {
        return loginState().isLocked(now);
    }

    public LoginState loginState() {
        return new LoginState(failedLogins, lockedUntil, lastLoginAt);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** Sets a new password; {@code temporary} makes the owner choose their own at next sign-in. */
    public void changePassword(String newHash, boolean temporary) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = temporary;
        unlock();
    }

    public void updateProfile(String displayName, String email, String preferredLanguage) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.preferredLanguage = preferredLanguage;
    }

    public void choose(String language) {
        this.preferredLanguage = language;
    }

    public Caller caller() {
        return new Caller(username, roles, uuid(scopeStateId), uuid(scopeOrganisationId), uuid(scopePersonId));
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    public AccountView view() {
        return new AccountView(id, username, displayName, email, Set.copyOf(roles), uuid(scopeStateId),
                uuid(scopeOrganisationId), uuid(scopePersonId), preferredLanguage, enabled, lockedUntil,
                mustChangePassword, createdAt, lastLoginAt, version);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }
}
