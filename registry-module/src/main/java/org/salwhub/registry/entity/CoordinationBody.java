package org.salwhub.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.CoordinationBodyId;
import org.salwhub.registry.api.directory.CoordinationBodyView;

/** A State's national coordination body (commission, forum or management committee). */
@Entity
@Table(name = "reg_coordination_body")
@NamedQuery(name = "CoordinationBody.ofState", query = "SELECT b FROM CoordinationBody b WHERE b.stateId = :state")
public class CoordinationBody {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_type", nullable = false, length = 30)
    private BodyType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @ElementCollection
    @CollectionTable(name = "reg_coordination_body_agency", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "agency_id", length = 36)
    private Set<String> memberAgencies = new LinkedHashSet<>();

    @Column(name = "members_women", nullable = false)
    private int membersWomen;

    @Column(name = "members_men", nullable = false)
    private int membersMen;

    @Column(name = "leaders_women", nullable = false)
    private int leadersWomen;

    @Column(name = "leaders_men", nullable = false)
    private int leadersMen;

    @Version
    private long version;

    protected CoordinationBody() {
    }

    public CoordinationBody(CoordinationBodyId id, UUID stateId) {
        this.id = id.toString();
        this.stateId = Objects.requireNonNull(stateId).toString();
    }

    public void describe(CoordinationBodyView v) {
        this.type = Objects.requireNonNull(v.type());
        this.name = Objects.requireNonNull(v.name()).trim();
        this.legalBasis = v.legalBasis();
        this.establishedOn = v.establishedOn();
        this.memberAgencies = new LinkedHashSet<>(v.memberAgencies().stream().map(UUID::toString).toList());
        if (v.membersWomen() < 0 || v.membersMen() < 0 || v.leadersWomen() < 0 || v.leadersMen() < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        this.membersWomen = v.membersWomen();
        this.membersMen = v.membersMen();
        this.leadersWomen = v.leadersWomen();
        this.leadersMen = v.leadersMen();
    }

    public long version() {
        return version;
    }

    public CoordinationBodyView view() {
        List<UUID> agencies = memberAgencies.stream().map(UUID::fromString).toList();
        return new CoordinationBodyView(CoordinationBodyId.of(id), UUID.fromString(stateId), type, name, legalBasis,
                establishedOn, agencies, membersWomen, membersMen, leadersWomen, leadersMen, version);
    }
}
