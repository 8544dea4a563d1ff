package org.salwhub.web.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.i18n.Languages;

/**
 * Accounts and tokens: sign-in with lockout, self-service (profile, password,
 * tokens) and administration (create, change, disable, unlock, reset).
 * Every rule is checked here, whatever screen or API call arrives.
 */
@Stateless
public class Accounts {

    @Inject
    Clock clock;

    static final String ENTITY = "UserAccount";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Accounts.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Inject
    CallerContext callers;

    @Inject
    AccountLookup lookup;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    FellowshipFacade fellowships;

    LockoutPolicy lockout = LockoutPolicy.DEFAULT;

    // ---------------------------------------------------------------- sign-in

    /**
     * Checks a password and counts failures, in a transaction of its own so a failure is always counted. The hash is
     * checked for every request, known account or not, enabled or not, so the time of the answer does not tell which
     * accounts exist or are locked. Failures are counted in the database ({@code failed_logins + 1} under the row's
     * lock), so wrong passwords sent in parallel lock the account as surely as in a row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignIn authenticate(String username, String password) {
        Instant now = Instant.now(clock);
        UserAccount account = lookup.account(username).orElse(null);
        String given = password == null ? "" : password;
        boolean matches = account == null ? hasher.matchesNone(given) : hasher.matches(given, account.passwordHash());
        if (account == null) {
            return SignIn.failed(SignIn.Outcome.INVALID);
        }
        if (!account.enabled()) {
            return SignIn.failed(SignIn.Outcome.DISABLED);
        }
        if (account.isLocked(now)) {
            return SignIn.failed(SignIn.Outcome.LOCKED);
        }
        if (!matches) {
            int failures = countFailure(account);
            LoginState after = new LoginState(failures - 1, null, account.loginState().lastLoginAt())
                    .afterFailure(now, lockout);
            if (after.isLocked(now)) {
                record(account, after);
                LOG.warning(() -> "Account '" + account.username() + "' locked until " + after.lockedUntil()
                        + " after " + lockout.maxFailures() + " wrong passwords.");
                return SignIn.failed(SignIn.Outcome.LOCKED);
            }
            return SignIn.failed(SignIn.Outcome.INVALID);
        }
        record(account, account.loginState().afterSuccess(now));
        return new SignIn(SignIn.Outcome.SUCCESS, account.caller(), account.view().mustChangePassword());
    }

    /** Adds one failure in the database and answers the count, this one included (parallel requests queue here). */
    private int countFailure(UserAccount account) {
        // native on purpose: a JPQL bulk update would increment the optimistic-lock version
        em.createNativeQuery("UPDATE web_user_account SET failed_logins = failed_logins + 1 WHERE id = ?1")
                .setParameter(1, account.id()).executeUpdate();
        Object count = em.createNativeQuery("SELECT failed_logins FROM web_user_account WHERE id = ?1")
                .setParameter(1, account.id()).getSingleResult();
        return ((Number) count).intValue();
    }

    /** Stores sign-in bookkeeping without a version change: it is not an edit of the account. */
    private void record(UserAccount account, LoginState state) {
        // native on purpose: a JPQL bulk update would increment the optimistic-lock version
        em.createNativeQuery("UPDATE web_user_account SET failed_logins = ?1, locked_until = ?2, last_login_at = ?3"
                        + " WHERE id = ?4")
                .setParameter(1, state.failedLogins())
                .setParameter(2, timestamp(state.lockedUntil()))
                .setParameter(3, timestamp(state.lastLoginAt()))
                .setParameter(4, account.id()).executeUpdate();
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /**
     * Signs in a script: checks the password (with lockout) and issues a token named {@code name}; empty when the
     * password is wrong or the account locked or disabled. An account with a one-time password gets none
     * ({@link PasswordChangeRequiredException}): as the sign-in page sends its owner to choose a password first, a
     * token must not outlive the one-time password that a script could otherwise keep using.
     */
    public java.util.Optional<IssuedToken> issueToken(String username, String password, String name) {
        SignIn signIn = context.getBusinessObject(Accounts.class).authenticate(username, password);
        if (signIn.outcome() != SignIn.Outcome.SUCCESS) {
            return java.util.Optional.empty();
        }
        String owner = signIn.caller().username();
        if (signIn.mustChangePassword()) {
            throw new PasswordChangeRequiredException(owner);
        }
        return java.util.Optional.of(org.salwhub.web.audit.AuditActor.runAs(owner, () -> createTokenFor(owner, name)));
    }

    // ---------------------------------------------------------------- self-service

    public AccountView me() {
        return currentAccount().view();
    }

    public AccountView updateMyProfile(ProfileChange change) {
        UserAccount account = currentAccount();
        List<FieldError> errors = new ArrayList<>();
        String displayName = required(change.displayName(), "displayName", 200, errors);
        String email = optionalEmail(change.email(), errors);
        String language = optionalLanguage(change.preferredLanguage(), errors);
        throwIfAny(errors);
        VersionConflictException.check(ENTITY, account.id(), change.version(), account.version());
        account.updateProfile(displayName, email, language);
        em.flush();
        return account.view();
    }

    /** Remembers the language a user chose, without a version check: it is a preference, not shared data. */
    public void chooseLanguage(String language) {
        Caller caller = callers.current();
        if (!caller.isAuthenticated() || !Languages.isSupported(language)) {
            return;
        }
        lookup.account(caller.username()).ifPresent(account -> account.choose(language));
    }

    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = currentAccount();
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw new ValidationException("currentPassword", "password.wrong");
        }
        checkNewPassword(newPassword, account.username());
        account.changePassword(hasher.hash(newPassword), false);
    }

    public List<TokenView> myTokens() {
        return em.createNamedQuery("ApiToken.ofUser", ApiToken.class).setParameter("user", currentAccount().id())
                .getResultStream().map(ApiToken::view).toList();
    }

    /** A token for the signed-in user; refused while they still have a one-time password (as for a script). */
    public IssuedToken createToken(String name) {
        AccountView me = currentAccount().view();
        if (me.mustChangePassword()) {
            throw new PasswordChangeRequiredException(me.username());
        }
        return createTokenFor(me.username(), name);
    }

    public void revokeToken(String tokenId) {
        UserAccount account = currentAccount();
        ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new NotFoundException("ApiToken", String.valueOf(tokenId));
        }
        if (!token.userId().equals(account.id())) {
            throw new AccessDeniedException("not your token");
        }
        token.revoke(Instant.now(clock));
    }

    private IssuedToken createTokenFor(String username, String name) {
        UserAccount account = lookup.account(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
        List<FieldError> errors = new ArrayList<>();
        String tokenName = required(name, "name", 100, errors);
        throwIfAny(errors);
        String secret = Secrets.newToken();
        ApiToken token = new ApiToken(account.id(), tokenName, Secrets.sha256(secret),
                secret.substring(0, Secrets.TOKEN_PREFIX.length() + 6), Instant.now(clock));
        em.persist(token);
        em.flush();
        return new IssuedToken(token.view(), secret);
    }

    private UserAccount currentAccount() {
        Caller caller = callers.current();
        if (!caller.isAuthenticated() || caller == Caller.SYSTEM) {
            throw new AccessDeniedException("sign in first");
        }
        return lookup.account(caller.username()).orElseThrow(() -> new AccessDeniedException("no such account"));
    }

    // ---------------------------------------------------------------- administration

    public List<AccountView> list(String search, int first, int size) {
        requireAdmin();
        return em.createQuery("SELECT u FROM UserAccount u WHERE :q = '' OR LOWER(u.username) LIKE :like"
                        + " OR LOWER(u.displayName) LIKE :like ORDER BY u.username", UserAccount.class)
                .setParameter("q", search == null ? "" : search.trim())
                .setParameter("like", "%" + (search == null ? "" : search.trim().toLowerCase(Locale.ROOT)) + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultStream().map(UserAccount::view).toList();
    }

    public long count(String search) {
        requireAdmin();
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE :q = '' OR LOWER(u.username) LIKE :like"
                        + " OR LOWER(u.displayName) LIKE :like", Long.class)
                .setParameter("q", search == null ? "" : search.trim())
                .setParameter("like", "%" + (search == null ? "" : search.trim().toLowerCase(Locale.ROOT)) + "%")
                .getSingleResult();
    }

    public AccountView find(String id) {
        requireAdmin();
        return load(id).view();
    }

    /** Creates an account; returns it with the one-time password when none was given. */
    public CreatedAccount create(NewAccount command) {
        requireAdmin();
        return createChecked(command);
    }

    /**
     * Staff give a nominee an account of their own: a FELLOW account bound to the nomination's registry person, in
     * the nominee's name and e-mail address, with a one-time password shown once. {@code username} is the one staff
     * chose, or, when blank, the part of the nominee's e-mail address before the @ if that name is free (see
     * {@link #suggestUsername}). Refused when the person has an account already.
     */
    public CreatedAccount createForNominee(NominationId nominationId, String username) {
        callers.current().requireStaff();
        NominationView nomination = nominationId == null ? null : fellowships.nomination(nominationId)
                .orElseThrow(() -> new NotFoundException("Nomination", String.valueOf(nominationId)));
        if (nomination == null) {
            throw new ValidationException("nominationId", "required");
        }
        PersonView person = directory.person(nomination.personId())
                .orElseThrow(() -> new NotFoundException("Person", nomination.personId().toString()));
        String name = username == null || username.isBlank() ? suggestUsername(person) : username;
        String language = person.languages().stream().map(l -> l.toLowerCase(Locale.ROOT))
                .filter(Languages::isSupported).findFirst().orElse(Languages.DEFAULT);
        return createChecked(new NewAccount(name, nomination.nomineeName(), person.details().email(),
                Set.of(Role.FELLOW), null, null, person.id().value(), language, null));
    }

    /**
     * The user name a nominee's account gets unless staff choose one: the part of their e-mail address before the
     * @ (lower case, letters, digits, dots, hyphens and underscores only) when no account has it, else that name
     * with the first free number after it; without an e-mail address, {@code fellow.} and their family name.
     */
    public String suggestUsername(PersonView person) {
        callers.current().requireStaff();
        String email = person.details().email();
        String base = email != null && email.contains("@") ? email.substring(0, email.indexOf('@'))
                : "fellow." + (person.details().latinName() != null ? person.details().latinName()
                : person.details().familyName());
        base = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", ".").replaceAll("[^a-z0-9._-]", "");
        base = base.replaceAll("^[._-]+", "");
        if (base.length() > 70) {
            base = base.substring(0, 70);
        }
        if (!USERNAME.matcher(base).matches()) {
            base = "fellow" + (base.isEmpty() ? "" : "." + base);
        }
        String candidate = base;
        for (int n = 2; lookup.account(candidate).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** Staff: the user names of the FELLOW accounts of these registry persons, by person. */
    public java.util.Map<UUID, String> fellowAccounts(java.util.Collection<UUID> persons) {
        callers.current().requireStaff();
        if (persons == null || persons.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> usernames = new java.util.HashMap<>();
        em.createNamedQuery("UserAccount.ofPersons", UserAccount.class)
                .setParameter("persons", persons.stream().map(UUID::toString).toList()).getResultStream()
                .map(UserAccount::view).forEach(a -> usernames.put(a.personId(), a.username()));
        return usernames;
    }

    private CreatedAccount createChecked(NewAccount command) {
        List<FieldError> errors = new ArrayList<>();
        String username = UserAccount.normalize(command.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", "username.format"));
        } else if (lookup.account(username).isPresent()) {
            errors.add(FieldError.of("username", "username.taken", username));
        }
        String displayName = required(command.displayName(), "displayName", 200, errors);
        String email = optionalEmail(command.email(), errors);
        String language = optionalLanguage(command.preferredLanguage(), errors);
        checkRolesAndScope(command.roles(), command.stateId(), command.organisationId(), command.personId(), null,
                errors);
        boolean generated = command.password() == null || command.password().isEmpty();
        String password = generated ? Secrets.newPassword(14) : command.password();
        if (!generated) {
            collectPasswordErrors(password, username, "password", errors);
        }
        throwIfAny(errors);
        UserAccount account = new UserAccount(username, displayName, email, hasher.hash(password), Instant.now(clock));
        account.assign(command.roles(), scopeState(command), scopeOrganisation(command), scopePerson(command));
        account.updateProfile(displayName, email, language);
        if (generated) {
            account.changePassword(account.passwordHash(), true);
        }
        em.persist(account);
        em.flush();
        return new CreatedAccount(account.view(), generated ? password : null);
    }

    public AccountView update(AccountChange change) {
        requireAdmin();
        UserAccount account = load(change.id());
        List<FieldError> errors = new ArrayList<>();
        String displayName = required(change.displayName(), "displayName", 200, errors);
        String email = optionalEmail(change.email(), errors);
        checkRolesAndScope(change.roles(), change.stateId(), change.organisationId(), change.personId(), account.id(),
                errors);
        if (isSelf(account) && !change.roles().contains(Role.ADMIN)) {
            errors.add(FieldError.of("roles", "admin.keepOwnRole"));
        }
        throwIfAny(errors);
        VersionConflictException.check(ENTITY, account.id(), change.version(), account.version());
        account.updateProfile(displayName, email, account.view().preferredLanguage());
        account.assign(change.roles(),
                change.roles().contains(Role.FOCAL_POINT) ? change.stateId() : null,
                change.roles().contains(Role.DONOR) ? change.organisationId() : null,
                change.roles().contains(Role.FELLOW) ? change.personId() : null);
        em.flush();
        return account.view();
    }

    public AccountView disable(String id, long version) {
        requireAdmin();
        UserAccount account = load(id);
        if (isSelf(account)) {
            throw new ValidationException("enabled", "admin.disableSelf");
        }
        VersionConflictException.check(ENTITY, id, version, account.version());
        account.disable();
        // enabling it again must not bring its old API tokens back to life
        revokeTokens(account, Instant.now(clock));
        em.flush();
        return account.view();
    }

    public AccountView enable(String id, long version) {
        requireAdmin();
        UserAccount account = load(id);
        VersionConflictException.check(ENTITY, id, version, account.version());
        account.enable();
        em.flush();
        return account.view();
    }

    public AccountView unlock(String id) {
        requireAdmin();
        UserAccount account = load(id);
        account.unlock();
        em.flush();
        return account.view();
    }

    /**
     * Gives the account a one-time password that its owner must change at the next sign-in, and revokes every API
     * token it still has, in the same transaction (each revocation in the audit trail under the administrator's
     * name): a reset usually means the password was lost or exposed, and a token issued with it must not outlive
     * it. Its signed-in sessions may then only change the password, which needs the new one-time password.
     */
    public PasswordReset resetPassword(String id) {
        requireAdmin();
        UserAccount account = load(id);
        String password = Secrets.newPassword(14);
        account.changePassword(hasher.hash(password), true);
        int revoked = revokeTokens(account, Instant.now(clock));
        em.flush();
        return new PasswordReset(account.view(), password, revoked);
    }

    /** Revokes every API token the account still has (each in the audit trail); answers how many. */
    private int revokeTokens(UserAccount account, Instant now) {
        List<ApiToken> tokens = em.createNamedQuery("ApiToken.activeOfUser", ApiToken.class)
                .setParameter("user", account.id()).getResultList();
        tokens.forEach(token -> token.revoke(now));
        return tokens.size();
    }

    /** Creates an account as a start-up task (first administrator, demo data); refused to any user. */
    public CreatedAccount createAtStartup(NewAccount command, boolean temporaryPassword) {
        if (callers.current() != Caller.SYSTEM) {
            throw new AccessDeniedException("start-up tasks only");
        }
        UserAccount account = new UserAccount(command.username(), command.displayName(), command.email(),
                hasher.hash(command.password()), Instant.now(clock));
        account.assign(command.roles(), command.stateId(), command.organisationId(), command.personId());
        account.updateProfile(command.displayName(), command.email(), command.preferredLanguage());
        if (temporaryPassword) {
            account.changePassword(account.passwordHash(), true);
        }
        em.persist(account);
        return new CreatedAccount(account.view(), command.password());
    }

    public long countAccounts() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    public boolean anyAdmin() {
        return em.createNamedQuery("UserAccount.withRole", UserAccount.class)
                .setParameter("pattern", "%" + Role.ADMIN.name() + "%").setMaxResults(1)
                .getResultStream().findAny().isPresent();
    }

    private UserAccount load(String id) {
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException(ENTITY, String.valueOf(id));
        }
        return account;
    }

    private boolean isSelf(UserAccount account) {
        return account.username().equals(callers.current().username());
    }

    private void requireAdmin() {
        if (!callers.current().has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }

    private static UUID scopeState(NewAccount command) {
        return command.roles().contains(Role.FOCAL_POINT) ? command.stateId() : null;
    }

    private static UUID scopeOrganisation(NewAccount command) {
        return command.roles().contains(Role.DONOR) ? command.organisationId() : null;
    }

    private static UUID scopePerson(NewAccount command) {
        return command.roles().contains(Role.FELLOW) ? command.personId() : null;
    }

    /**
     * Checks each role's scope: a focal point's member State, a donor's organisation, a fellow's registry person
     * (one that exists, is neither merged nor anonymised, and has no other account; {@code accountId} is the
     * account being changed, null for a new one).
     */
    private void checkRolesAndScope(Set<Role> roles, UUID state, UUID organisation, UUID person, String accountId,
                                    List<FieldError> errors) {
        if (roles.isEmpty()) {
            errors.add(FieldError.of("roles", "roles.required"));
        }
        if (roles.contains(Role.FOCAL_POINT)) {
            if (state == null) {
                errors.add(FieldError.of("stateId", "scope.stateRequired"));
            } else if (registry.state(new StateId(state)).filter(s -> s.commissionMember()).isEmpty()) {
                errors.add(FieldError.of("stateId", "scope.notMemberState"));
            }
        }
        if (roles.contains(Role.DONOR)) {
            if (organisation == null) {
                errors.add(FieldError.of("organisationId", "scope.organisationRequired"));
            } else if (registry.organisation(new OrganisationId(organisation)).isEmpty()) {
                errors.add(FieldError.of("organisationId", "scope.unknownOrganisation"));
            }
        }
        if (roles.contains(Role.FELLOW)) {
            if (person == null) {
                errors.add(FieldError.of("personId", "scope.personRequired"));
            } else {
                PersonView found = directory.person(new PersonId(person)).orElse(null);
                if (found == null || found.anonymised() || found.mergedInto() != null) {
                    errors.add(FieldError.of("personId", "scope.unknownPerson"));
                } else if (em.createNamedQuery("UserAccount.ofPerson", UserAccount.class)
                        .setParameter("person", person.toString()).getResultStream()
                        .anyMatch(other -> !other.id().equals(accountId))) {
                    errors.add(FieldError.of("personId", "scope.personTaken", found.displayName()));
                }
            }
        }
    }

    private void checkNewPassword(String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        collectPasswordErrors(password, username, "newPassword", errors);
        throwIfAny(errors);
    }

    static void collectPasswordErrors(String password, String username, String field, List<FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(FieldError.of(field, "password.tooShort", MIN_PASSWORD_LENGTH));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            errors.add(FieldError.of(field, "password.containsUsername"));
        }
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
            return null;
        }
        if (value.trim().length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
        return value.trim();
    }

    private static String optionalEmail(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!EMAIL.matcher(value.trim()).matches() || value.trim().length() > 254) {
            errors.add(FieldError.of("email", "email.format"));
        }
        return value.trim();
    }

    private static String optionalLanguage(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Languages.isSupported(value)) {
            errors.add(FieldError.of("preferredLanguage", "language.unsupported"));
        }
        return value;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
