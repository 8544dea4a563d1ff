package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.salwhub.assistance.api.fellowship.ReviewDeclaration;

/** A reviewer's declared State, organisation and agency, used to exclude conflicts of interest. */
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

    @Version
    private long version;

    protected ReviewInterest() {
    }

    public ReviewInterest(String username) {
        this.username = username;
    }

    public void declare(UUID state, UUID organisation, String agency) {
        this.stateId = state == null ? null : state.toString();
        this.organisationId = organisation == null ? null : organisation.toString();
        this.agency = agency == null || agency.isBlank() ? null : agency.trim();
    }

    public long version() {
        return version;
    }

    public ReviewDeclaration view() {
        return new ReviewDeclaration(username, stateId == null ? null : UUID.fromString(stateId),
                organisationId == null ? null : UUID.fromString(organisationId), agency, version);
    }
}
