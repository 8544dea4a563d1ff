package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.RoleType;

/**
 * A person's role as a point of contact for a State or organisation, valid
 * from a date until it ends. Roles are never deleted: they end, and the
 * history of who held them stays.
 */
@Entity
@Table(name = "reg_contact_role")
public class ContactRole {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "person_id", nullable = false, length = 36)
    private String personId;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_type", nullable = false, length = 30)
    private RoleType roleType;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "last_verified", nullable = false)
    private LocalDate lastVerified;

    @Column(name = "replaced_by", length = 36)
    private String replacedBy;

    @Column(name = "end_reason", length = 300)
    private String endReason;

    @Version
    private long version;

    protected ContactRole() {
    }

    public ContactRole(ContactRoleId id, PersonId person, UUID stateId, UUID organisationId, RoleType type,
                       LocalDate validFrom) {
        this.id = id.toString();
        this.personId = person.toString();
        this.stateId = Person.str(stateId);
        this.organisationId = Person.str(organisationId);
        this.roleType = Objects.requireNonNull(type);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.lastVerified = validFrom;
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    /** The role ends after {@code lastDay}; it must not end before it began. */
    public void end(LocalDate lastDay, String reason) {
        if (!isCurrent()) {
            throw new IllegalStateException("role already ended");
        }
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("a role cannot end before it began");
        }
        this.validTo = lastDay;
        this.endReason = reason;
    }

    /** Hands the role to a successor's new role, ending this one the day before the successor starts. */
    public ContactRole handOver(ContactRoleId successorRole, PersonId successor, LocalDate from, String reason) {
        end(from.minusDays(1), reason);
        this.replacedBy = successorRole.toString();
        return new ContactRole(successorRole, successor, Person.uuid(stateId), Person.uuid(organisationId), roleType,
                from);
    }

    public void verify(LocalDate today) {
        if (!today.isBefore(lastVerified)) {
            this.lastVerified = today;
        }
    }

    /** Points the role at another person record (after a duplicate merge). */
    public void reassign(PersonId person) {
        this.personId = person.toString();
    }

    public String id() {
        return id;
    }

    public String personId() {
        return personId;
    }

    public UUID stateId() {
        return Person.uuid(stateId);
    }

    public UUID organisationId() {
        return Person.uuid(organisationId);
    }

    public RoleType roleType() {
        return roleType;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public LocalDate lastVerified() {
        return lastVerified;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }
}
