package org.salwhub.meetings.api;

/** The state of a sponsorship (travel support) request. */
public enum SponsorshipDecision { NONE, REQUESTED, GRANTED, REFUSED }
