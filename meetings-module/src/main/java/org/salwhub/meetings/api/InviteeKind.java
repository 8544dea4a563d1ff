package org.salwhub.meetings.api;

/** Who an invitation goes to: a State (through its focal points), an organisation, or a person. */
public enum InviteeKind { STATE, ORGANISATION, PERSON }
