package org.salwhub.meetings.api;

import java.util.List;

/** A document with the language versions uploaded so far. */
public record DocumentView(DocumentId id, MeetingId meeting, DocumentDetails details, List<FileInfo> versions,
                           long version) {
    public DocumentView {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
