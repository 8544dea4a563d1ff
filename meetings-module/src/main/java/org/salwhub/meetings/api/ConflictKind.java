package org.salwhub.meetings.api;

/** The conflicts the calendar checks for. */
public enum ConflictKind { PERSON_OVERLAP, VENUE_DOUBLE_BOOKED, SERIES_TOO_CLOSE }
