package org.salwhub.web.security;

/** A freshly created token: {@code secret} is shown to its owner once and never stored. */
public record IssuedToken(TokenView token, String secret) {
}
