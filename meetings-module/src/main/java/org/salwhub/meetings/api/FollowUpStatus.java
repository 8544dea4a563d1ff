package org.salwhub.meetings.api;

/** Where a follow-up action stands. */
public enum FollowUpStatus { OPEN, IN_PROGRESS, DONE, DROPPED }
