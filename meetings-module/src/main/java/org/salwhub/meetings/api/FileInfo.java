package org.salwhub.meetings.api;

import java.time.Instant;
import java.util.UUID;

/** A stored file (a document's language version or a delegation's credentials), without its content. */
public record FileInfo(UUID id, String language, String filename, String contentType, long size, String sha256,
                       Instant uploadedAt) {
}
