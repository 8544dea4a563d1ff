package org.salwhub.registry.api.directory;

/** How recently a contact role was confirmed. */
public enum VerificationState { CURRENT, DUE, STALE }
