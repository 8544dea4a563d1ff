package org.salwhub.meetings.api;

/** The kinds of meeting document. */
public enum DocumentType { WORKING_PAPER, CONFERENCE_ROOM_PAPER, REPORT, CHAIRS_SUMMARY, STATEMENT, NATIONAL_REPORT, OUTCOME_DOCUMENT, AGENDA }
