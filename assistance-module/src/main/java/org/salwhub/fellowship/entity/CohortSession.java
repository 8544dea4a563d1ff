package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CohortSessionView;

/** An in-person session of a cohort at which attendance is taken. */
@Entity
@Table(name = "asst_fel_session")
@NamedQuery(name = "CohortSession.ofCall", query = "SELECT s FROM CohortSession s WHERE s.callId = :call"
        + " ORDER BY s.heldOn, s.title")
public class CohortSession {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "call_id", nullable = false, length = 36)
    private String callId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Version
    private long version;

    protected CohortSession() {
    }

    public CohortSession(String callId, String title, LocalDate heldOn) {
        this.id = UUID.randomUUID().toString();
        this.callId = callId;
        this.title = title.trim();
        this.heldOn = heldOn;
    }

    public String id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public CohortSessionView view() {
        return new CohortSessionView(UUID.fromString(id), CallId.of(callId), title, heldOn);
    }
}
