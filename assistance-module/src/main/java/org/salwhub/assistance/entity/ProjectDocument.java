package org.salwhub.assistance.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentKind;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectDocumentView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.FileBytes;
import org.salwhub.registry.api.kernel.NotAudited;
import org.salwhub.registry.api.kernel.UploadRule;

/**
 * A project document stored in the database: PDF, PNG, JPEG, XLSX or DOCX whose first bytes match the type, at most
 * {@link ProjectDocumentUpload#MAX_BYTES}; the file name is made safe. The bytes stay out of the audit (their
 * SHA-256 is in it).
 */
@Entity
@Table(name = "asst_prj_document")
@NamedQuery(name = "ProjectDocument.of", query = "SELECT d FROM ProjectDocument d WHERE d.projectId = :project"
        + " ORDER BY d.uploadedAt DESC")
public class ProjectDocument {

    static final UploadRule RULE = new UploadRule(ProjectDocumentUpload.MAX_BYTES,
            List.of(FileBytes.PDF, FileBytes.PNG, FileBytes.JPEG, FileBytes.XLSX, FileBytes.DOCX), "required",
            "project.document.tooLarge", "project.document.type");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private ProjectDocumentKind kind;

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

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected ProjectDocument() {
    }

    public ProjectDocument(String projectId, ProjectDocumentUpload upload, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.projectId = projectId;
        this.kind = upload.kind() == null ? ProjectDocumentKind.OTHER : upload.kind();
        this.contentType = FileBytes.normalisedType(upload.contentType());
        this.fileName = UploadRule.plainName(upload.fileName(), FileBytes.extension(contentType), "document");
        this.content = upload.content();
        this.sizeBytes = content.length;
        this.sha256 = FileBytes.sha256(content);
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    /** An empty or oversized file, a type not allowed, or content that is not of its type. */
    public static List<FieldError> check(ProjectDocumentUpload upload) {
        return upload == null ? RULE.check("file", null, null)
                : RULE.check("file", upload.contentType(), upload.content());
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public ProjectDocumentView view() {
        return new ProjectDocumentView(UUID.fromString(id), kind, fileName, contentType, sizeBytes, uploadedBy,
                uploadedAt);
    }

    public ProjectDocumentFile file() {
        return new ProjectDocumentFile(fileName, contentType, content);
    }
}
