package org.salwhub.meetings.api;

/** The answer to an invitation. */
public enum InvitationResponse { PENDING, ACCEPTED, DECLINED }
