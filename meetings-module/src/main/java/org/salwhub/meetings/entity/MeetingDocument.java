package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.DocumentId;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.DocumentType;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.MeetingId;

/** A meeting document known by its UN-style symbol. Its language versions are {@link StoredFile}s. */
@Entity
@Table(name = "meet_document")
public class MeetingDocument {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Column(nullable = false, length = 80)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 30)
    private DocumentType type;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccessLevel access;

    @Version
    private long version;

    protected MeetingDocument() {
    }

    public MeetingDocument(DocumentId id, String meetingId, DocumentDetails details) {
        this.id = id.toString();
        this.meetingId = meetingId;
        apply(details);
    }

    public void apply(DocumentDetails d) {
        this.symbol = d.symbol().strip();
        this.type = d.type();
        this.title = d.title().strip();
        this.access = d.access();
    }

    public DocumentView view(List<FileInfo> versions) {
        return new DocumentView(new DocumentId(UUID.fromString(id)), MeetingId.of(meetingId),
                new DocumentDetails(symbol, type, title, access), versions, version);
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public AccessLevel access() {
        return access;
    }

    public long version() {
        return version;
    }
}
