package org.salwhub.web.security;

/** A user's change to their own profile, made against the version they loaded. */
public record ProfileChange(String displayName, String email, String preferredLanguage, long version) {
}
