package org.salwhub.web.security;

/** An account just created or reset; {@code oneTimePassword} is shown once to the administrator, or null. */
public record CreatedAccount(AccountView account, String oneTimePassword) {
}
