package org.salwhub.meetings.api;

/** A stored file with its content, returned only to those allowed to read it. */
public record FileContent(FileInfo info, byte[] content) {
}
