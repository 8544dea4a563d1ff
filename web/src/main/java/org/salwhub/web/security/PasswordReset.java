package org.salwhub.web.security;

/**
 * An administrator's reset of an account's password: the account, its one-time password (shown once to the
 * administrator) and how many of its API tokens the reset revoked.
 */
public record PasswordReset(AccountView account, String oneTimePassword, int revokedTokens) {
}
