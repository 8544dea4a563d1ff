package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** An alumni follow-up, due 6 or 12 months after the programme ended. */
@Entity
@Table(name = "asst_fel_followup")
@NamedQuery(name = "FellowshipFollowUp.ofCall", query = "SELECT f FROM FellowshipFollowUp f WHERE f.callId = :call"
        + " ORDER BY f.dueOn, f.nominationId")
@NamedQuery(name = "FellowshipFollowUp.due", query = "SELECT f FROM FellowshipFollowUp f WHERE f.recordedOn IS NULL"
        + " AND f.dueOn <= :day ORDER BY f.dueOn")
public class FellowshipFollowUp {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "call_id", nullable = false, length = 36)
    private String callId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    private String nominationId;

    @Column(nullable = false)
    private int months;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "current_position", length = 300)
    private String currentPosition;

    @Column(name = "position_changed", nullable = false)
    private boolean positionChanged;

    @Column(name = "skills_use", length = 4000)
    private String skillsUse;

    @Version
    private long version;

    protected FellowshipFollowUp() {
    }

    public FellowshipFollowUp(String callId, String nominationId, int months, LocalDate dueOn) {
        this.id = UUID.randomUUID().toString();
        this.callId = callId;
        this.nominationId = nominationId;
        this.months = months;
        this.dueOn = dueOn;
    }

    /** What is wrong with an answer: the current position is required (300 characters), skills 4000 at most. */
    public static List<FieldError> check(FellowshipFollowUpEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry == null || entry.currentPosition() == null || entry.currentPosition().isBlank()) {
            errors.add(FieldError.of("currentPosition", "required"));
        } else if (entry.currentPosition().length() > 300) {
            errors.add(FieldError.of("currentPosition", "tooLong", 300));
        }
        if (entry != null && entry.skillsUse() != null && entry.skillsUse().length() > 4000) {
            errors.add(FieldError.of("skillsUse", "tooLong", 4000));
        }
        return errors;
    }

    /** Records the alumnus's answer ({@link #check}ed) on {@code today}, if the editor read this version. */
    public void record(FellowshipFollowUpEntry entry, LocalDate today, long expectedVersion) {
        List<FieldError> errors = check(entry);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        VersionConflictException.check("FellowshipFollowUp", id, expectedVersion, version);
        this.currentPosition = entry.currentPosition() == null ? null : entry.currentPosition().trim();
        this.positionChanged = entry.positionChanged();
        this.skillsUse = entry.skillsUse() == null ? null : entry.skillsUse().trim();
        this.recordedOn = today;
    }

    public String id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public String nominationId() {
        return nominationId;
    }

    public int months() {
        return months;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public long version() {
        return version;
    }

    public FellowshipFollowUpEntry entry() {
        return recordedOn == null ? null
                : new FellowshipFollowUpEntry(currentPosition, positionChanged, skillsUse);
    }
}
