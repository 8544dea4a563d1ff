package org.salwhub.assistance.api.fellowship;

/** What staff decide on a nomination in the selection. */
public enum NominationDecision { SELECT, WAITLIST, REJECT }
