package org.salwhub.web.security;

import org.salwhub.registry.api.kernel.AccessDeniedException;

/**
 * The account still has a one-time password (a new account, or one an administrator reset): it gets no API token
 * until its owner signed in on the web and chose a password of their own. Answered with 403 and a text saying so.
 */
public class PasswordChangeRequiredException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public PasswordChangeRequiredException(String username) {
        super("account '" + username + "' must change its one-time password before it gets an API token");
    }
}
