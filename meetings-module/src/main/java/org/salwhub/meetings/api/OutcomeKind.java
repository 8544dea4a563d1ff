package org.salwhub.meetings.api;

/** What a meeting adopted. */
public enum OutcomeKind { RECOMMENDATION, DECISION }
