package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff asked a State's focal points to confirm its directory entries. It is answered once no current role of the
 * State is left that was last verified before the request.
 */
@Entity
@Table(name = "reg_verification_request")
@NamedQuery(name = "VerificationRequest.recent",
        query = "SELECT v FROM VerificationRequest v WHERE v.requestedOn >= :since ORDER BY v.requestedAt DESC")
public class VerificationRequest {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "entries_due", nullable = false)
    private int entriesDue;

    /** Current roles last verified on or before this day are what the request asks about. */
    @Column(name = "open_cutoff", nullable = false)
    private LocalDate openCutoff;

    @Column(length = 1000)
    private String note;

    @Version
    private long version;

    protected VerificationRequest() {
    }

    public VerificationRequest(UUID stateId, String requestedBy, int entriesDue, LocalDate openCutoff, String note,
                               Instant now, LocalDate today) {
        this.openCutoff = openCutoff;
        this.id = UUID.randomUUID().toString();
        this.stateId = stateId.toString();
        this.requestedBy = requestedBy;
        this.entriesDue = entriesDue;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.requestedAt = now;
        this.requestedOn = today;
    }

    public String id() {
        return id;
    }

    public UUID stateId() {
        return UUID.fromString(stateId);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public int entriesDue() {
        return entriesDue;
    }

    public LocalDate openCutoff() {
        return openCutoff;
    }

    public String note() {
        return note;
    }
}
