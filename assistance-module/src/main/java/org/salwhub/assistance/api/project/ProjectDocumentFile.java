package org.salwhub.assistance.api.project;

/** A document's content, for download. */
public record ProjectDocumentFile(String fileName, String contentType, byte[] content) {
    public ProjectDocumentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
