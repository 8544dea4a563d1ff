package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.SessionId;

/** A participant's presence at a session, recorded by staff at check-in (once per session). Written once, never edited. */
@Entity
@Table(name = "meet_attendance")
public class Attendance {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "session_id", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "registration_id", nullable = false, length = 36)
    private String registrationId;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Column(name = "checked_in_by", length = 80)
    private String checkedInBy;

    protected Attendance() {
    }

    public Attendance(String sessionId, String registrationId, Instant now, String by) {
        this.id = java.util.UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.registrationId = registrationId;
        this.checkedInAt = now;
        this.checkedInBy = by;
    }

    public AttendanceView view() {
        return new AttendanceView(SessionId.of(sessionId), RegistrationId.of(registrationId), checkedInAt, checkedInBy);
    }
}
