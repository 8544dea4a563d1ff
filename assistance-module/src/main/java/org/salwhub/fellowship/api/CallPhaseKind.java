package org.salwhub.fellowship.api;

/** Fellowship cohorts run blended: a self-paced online phase, then weeks in person. */
public enum CallPhaseKind { ONLINE, IN_PERSON }
