package org.salwhub.meetings.api;

/** A document's metadata: UN-style symbol (e.g. A/CONF.192/2018/RC/3), type, title and access level. */
public record DocumentDetails(String symbol, DocumentType type, String title, AccessLevel access) {
}
