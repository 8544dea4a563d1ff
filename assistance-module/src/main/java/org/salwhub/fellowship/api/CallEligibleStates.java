package org.salwhub.fellowship.api;

/** Which States may nominate: any, developing countries (M49), members of the commission, or a list. */
public enum CallEligibleStates { ANY, DEVELOPING, COMMISSION_MEMBERS, LISTED }
