package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;

/** An agency or competent authority: police, customs, licensing office, ministry, registry, INTERPOL NCB. */
@Entity
@Table(name = "reg_agency")
@NamedQuery(name = "Agency.ofState", query = "SELECT a FROM Agency a WHERE a.stateId = :state ORDER BY a.name")
public class Agency {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false, length = 30)
    private AgencyType type;

    @Column(nullable = false)
    private String name;

    @Column(length = 40)
    private String acronym;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(AgencyId id, UUID stateId, UUID organisationId, AgencyType type, String name, String acronym) {
        this.id = id.toString();
        this.stateId = Person.str(stateId);
        this.organisationId = Person.str(organisationId);
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name).trim();
        this.acronym = acronym == null || acronym.isBlank() ? null : acronym.trim();
    }

    /** A new type, name or acronym (the boundary has checked them). */
    public void rename(AgencyType type, String name, String acronym) {
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name).trim();
        this.acronym = acronym == null || acronym.isBlank() ? null : acronym.trim();
    }

    public UUID stateId() {
        return Person.uuid(stateId);
    }

    public String name() {
        return name;
    }

    public AgencyView view() {
        return new AgencyView(AgencyId.of(id), Person.uuid(stateId), Person.uuid(organisationId), type, name, acronym,
                version);
    }
}
