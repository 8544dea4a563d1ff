package org.salwhub.fellowship.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.FileBytes;
import org.salwhub.registry.api.kernel.NotAudited;
import org.salwhub.registry.api.kernel.UploadRule;

/**
 * A document of a nomination (the note verbale), stored in the database: only PDF, JPEG or PNG whose content
 * matches the type, at most {@link NominationFile#MAX_BYTES}. The bytes are left out of the audit trail (their
 * SHA-256 is in it).
 */
@Entity
@Table(name = "asst_fel_document")
@NamedQuery(name = "NominationDocument.meta", query = "SELECT d.nominationId, d.fileName, d.sizeBytes"
        + " FROM NominationDocument d WHERE d.nominationId IN :nominations AND d.kind = :kind")
@NamedQuery(name = "NominationDocument.of", query = "SELECT d FROM NominationDocument d"
        + " WHERE d.nominationId = :nomination AND d.kind = :kind ORDER BY d.uploadedAt DESC")
public class NominationDocument {

    public static final String NOTE_VERBALE = "NOTE_VERBALE";

    /** Allowed types, recognised by the first bytes of their content. */
    static final UploadRule RULE = new UploadRule(NominationFile.MAX_BYTES,
            List.of(FileBytes.PDF, FileBytes.PNG, FileBytes.JPEG), "required", "fellowship.file.tooLarge",
            "fellowship.file.type");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @NotAudited
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected NominationDocument() {
    }

    public NominationDocument(String nominationId, String kind, NominationFile file, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.nominationId = nominationId;
        this.kind = kind;
        this.contentType = FileBytes.normalisedType(file.contentType());
        this.fileName = UploadRule.plainName(file.fileName(), FileBytes.extension(contentType), "note-verbale");
        this.sizeBytes = file.size();
        this.content = file.content().clone();
        this.sha256 = FileBytes.sha256(content);
        this.uploadedAt = now;
    }

    /** An empty, oversized, or not-allowed file, or one whose content is not of its type. */
    public static List<FieldError> check(String field, NominationFile file) {
        return file == null ? RULE.check(field, null, null) : RULE.check(field, file.contentType(), file.content());
    }

    public NominationFile file() {
        return new NominationFile(fileName, contentType, content.clone());
    }
}
