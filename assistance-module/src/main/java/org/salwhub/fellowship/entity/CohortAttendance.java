package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Whether a fellow attended a session. */
@Entity
@Table(name = "asst_fel_attendance")
@NamedQuery(name = "CohortAttendance.find", query = "SELECT a FROM CohortAttendance a WHERE a.sessionId = :session"
        + " AND a.nominationId = :nomination")
@NamedQuery(name = "CohortAttendance.presentOfCall", query = "SELECT a.nominationId, a.sessionId"
        + " FROM CohortAttendance a, CohortSession s WHERE s.id = a.sessionId AND s.callId = :call"
        + " AND a.present = TRUE")
public class CohortAttendance {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "session_id", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Column(nullable = false)
    private boolean present;

    @Version
    private long version;

    protected CohortAttendance() {
    }

    public CohortAttendance(String sessionId, String nominationId) {
        this.id = UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.nominationId = nominationId;
    }

    public void mark(boolean present) {
        this.present = present;
    }
}
