package org.salwhub.meetings.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.registry.api.kernel.NotAudited;

/**
 * An uploaded file, kept in the database: a document's language version ({@code DOCUMENT}) or a delegation's
 * credentials ({@code CREDENTIALS}). Files are never changed, only added or replaced, so there is no version.
 */
@Entity
@Table(name = "meet_file")
public class StoredFile {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String CREDENTIALS = "CREDENTIALS";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(nullable = false, length = 20)
    private String purpose;

    @Column(name = "lang", length = 5)
    private String language;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @NotAudited
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", length = 80)
    private String uploadedBy;

    protected StoredFile() {
    }

    public StoredFile(String ownerId, String stateId, String purpose, String language, String filename,
                      String contentType, byte[] content, String sha256, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.ownerId = ownerId;
        this.stateId = stateId;
        this.purpose = purpose;
        this.language = language;
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = now;
        this.uploadedBy = by;
    }

    public FileInfo info() {
        return new FileInfo(UUID.fromString(id), language, filename, contentType, size, sha256, uploadedAt);
    }

    public byte[] content() {
        return content;
    }

    public String ownerId() {
        return ownerId;
    }

    public String stateId() {
        return stateId;
    }

    public String language() {
        return language;
    }
}
