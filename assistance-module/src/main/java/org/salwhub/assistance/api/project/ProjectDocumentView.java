package org.salwhub.assistance.api.project;

import java.time.Instant;
import java.util.UUID;

/** A document's description (the content is served separately, to those allowed). */
public record ProjectDocumentView(UUID id, ProjectDocumentKind kind, String fileName, String contentType, int size,
                                  String uploadedBy, Instant uploadedAt) {
}
