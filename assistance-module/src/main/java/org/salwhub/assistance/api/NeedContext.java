package org.salwhub.assistance.api;

/** The security context a need arises in. */
public enum NeedContext { CONFLICT, POST_CONFLICT, NON_CONFLICT }
