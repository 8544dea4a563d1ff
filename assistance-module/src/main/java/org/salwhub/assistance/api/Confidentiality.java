package org.salwhub.assistance.api;

/** Who sees a published need: the whole network, or only staff and the donors already matched with it. */
public enum Confidentiality { NETWORK, RESTRICTED }
