package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.registry.api.directory.AgencyId;

/**
 * A reviewer's declared State, organisation and agency (a registry agency by ID, with its name; or, declared before
 * agencies were chosen from the registry, a name only), used to exclude conflicts of interest.
 */
@Entity
@Table(name = "asst_fel_reviewer")
public class ReviewInterest {

    @Id
    @Column(length = 80)
    private String username;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(length = 200)
    private String agency;

    @Column(name = "agency_id", length = 36)
    private String agencyId;

    @Version
    private long version;

    protected ReviewInterest() {
    }

    public ReviewInterest(String username) {
        this.username = username;
    }

    /** Declares a registry agency (its ID and name), or none. */
    public void declare(UUID state, UUID organisation, AgencyId agencyId, String agencyName) {
        this.stateId = state == null ? null : state.toString();
        this.organisationId = organisation == null ? null : organisation.toString();
        this.agencyId = agencyId == null ? null : agencyId.toString();
        this.agency = agencyName == null || agencyName.isBlank() ? null : agencyName.trim();
    }

    public long version() {
        return version;
    }

    public ReviewDeclaration view() {
        return new ReviewDeclaration(username, stateId == null ? null : UUID.fromString(stateId),
                organisationId == null ? null : UUID.fromString(organisationId),
                agencyId == null ? null : AgencyId.of(agencyId), agency, version);
    }
}
