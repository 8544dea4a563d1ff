package org.salwhub.assistance.api;

/** How urgent a need is for the requesting State. */
public enum Priority { HIGH, MEDIUM, LOW }
