package org.salwhub.fellowship.api;

/** What staff decide on a nomination in the selection. */
public enum NominationDecision { SELECT, WAITLIST, REJECT }
