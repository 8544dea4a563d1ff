package org.salwhub.web.security;

import org.salwhub.registry.api.kernel.Caller;

/**
 * An enabled account as a request acts for it: its caller, and whether it still has a one-time password (a new
 * account, or one an administrator reset), in which case it may do nothing but choose a password of its own.
 */
public record ActiveAccount(Caller caller, boolean mustChangePassword) {

    static ActiveAccount of(UserAccount account) {
        return new ActiveAccount(account.caller(), account.view().mustChangePassword());
    }
}
