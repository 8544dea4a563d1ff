package org.salwhub.registry.api.directory;

/** Recorded so that participation can be counted by sex, as the PoA outcome documents ask. */
public enum Sex { FEMALE, MALE, UNDISCLOSED }
