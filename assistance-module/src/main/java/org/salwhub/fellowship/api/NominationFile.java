package org.salwhub.fellowship.api;

import java.util.Objects;

/** A document uploaded with a nomination (the note verbale): PDF, JPEG or PNG, at most {@link #MAX_BYTES}. */
public record NominationFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public NominationFile {
        Objects.requireNonNull(content, "content");
    }

    public int size() {
        return content.length;
    }
}
