package org.salwhub.meetings.api;

/** An uploaded file: its name as the user's computer knew it, its declared type and its bytes. */
public record FileUpload(String filename, String contentType, byte[] content) {
}
