package org.salwhub.registry.api.directory;

/** Forms a national coordination body takes. */
public enum BodyType { COMMISSION, FORUM, MANAGEMENT_COMMITTEE }
