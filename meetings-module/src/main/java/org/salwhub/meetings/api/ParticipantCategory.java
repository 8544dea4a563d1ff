package org.salwhub.meetings.api;

/** The categories of participant a registration is made in. */
public enum ParticipantCategory { STATE_DELEGATE, IGO, NGO, EXPERT, OBSERVER }
