package org.salwhub.fellowship.api;

/** Participants are counted by sex and age; the application records an age band, not a birth date. */
public enum NominationAgeBand { UNDER_30, FROM_30_TO_39, FROM_40_TO_49, FROM_50 }
