package org.salwhub.web.security;

import org.salwhub.registry.api.kernel.Caller;

/** The result of checking a username and password. */
public record SignIn(Outcome outcome, Caller caller, boolean mustChangePassword) {

    public enum Outcome { SUCCESS, INVALID, LOCKED, DISABLED }

    static SignIn failed(Outcome outcome) {
        return new SignIn(outcome, null, false);
    }
}
