package org.salwhub.meetings.api;

/**
 * Who may read a document: everyone signed in ({@code NETWORK}), the participants of the meeting (States and
 * organisations invited or registered) and staff, or staff only. {@code PUBLIC} documents are listed without
 * restriction.
 */
public enum AccessLevel { PUBLIC, NETWORK, PARTICIPANTS, STAFF }
