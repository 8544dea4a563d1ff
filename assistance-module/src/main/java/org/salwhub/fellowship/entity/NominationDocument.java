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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.FileBytes;
import org.salwhub.registry.api.kernel.NotAudited;

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

    /** Allowed types with the first bytes of their content. */
    static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

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
        this.fileName = safeName(file.fileName(), file.contentType());
        this.contentType = file.contentType().toLowerCase(Locale.ROOT).trim();
        this.sizeBytes = file.size();
        this.content = file.content().clone();
        this.sha256 = FileBytes.sha256(content);
        this.uploadedAt = now;
    }

    /** An empty, oversized, or not-allowed file, or one whose content is not of its type. */
    public static List<FieldError> check(String field, NominationFile file) {
        List<FieldError> errors = new ArrayList<>();
        if (file == null || file.size() == 0) {
            errors.add(FieldError.of(field, "required"));
            return errors;
        }
        if (file.size() > NominationFile.MAX_BYTES) {
            errors.add(FieldError.of(field, "fellowship.file.tooLarge", NominationFile.MAX_BYTES / (1024 * 1024)));
            return errors;
        }
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT).trim();
        byte[] signature = SIGNATURES.get(type);
        if (signature == null || !FileBytes.startsWith(file.content(), signature)) {
            errors.add(FieldError.of(field, "fellowship.file.type"));
        }
        return errors;
    }

    /** A plain file name: no path, no control or quoting characters, the extension of its type. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "note-verbale" + base;
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String extension = switch (type.toLowerCase(Locale.ROOT).trim()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".pdf";
        };
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    public NominationFile file() {
        return new NominationFile(fileName, contentType, content.clone());
    }
}
