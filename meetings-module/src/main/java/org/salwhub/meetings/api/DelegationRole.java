package org.salwhub.meetings.api;

/** A person's place in a delegation: one head, any number of members. */
public enum DelegationRole { HEAD, MEMBER }
