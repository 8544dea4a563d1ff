package org.salwhub.assistance.api.project;

/**
 * A document to attach: PDF, PNG, JPEG, XLSX or DOCX whose content matches the type, at most {@link #MAX_BYTES}.
 */
public record ProjectDocumentUpload(ProjectDocumentKind kind, String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public ProjectDocumentUpload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
