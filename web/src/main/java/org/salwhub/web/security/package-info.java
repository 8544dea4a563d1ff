/**
 * Accounts, sign-in and API tokens: form login and bearer tokens through one
 * Jakarta Security mechanism, a database identity store with PBKDF2 hashes and
 * lockout, and the caller's scope for every module's boundary.
 */
package org.salwhub.web.security;
