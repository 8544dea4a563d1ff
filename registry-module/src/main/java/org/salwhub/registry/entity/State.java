package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.LocalizedText;

/** A UN member or observer State, identified by its ISO 3166-1 codes. */
@Entity
@Table(name = "reg_state")
@NamedQuery(name = "State.all", query = "SELECT s FROM State s ORDER BY s.nameEn")
@NamedQuery(name = "State.members", query = "SELECT s FROM State s WHERE s.commissionMember = TRUE ORDER BY s.nameEn")
@NamedQuery(name = "State.byIso2", query = "SELECT s FROM State s WHERE s.iso2 = :iso2")
public class State {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 2)
    private String iso2;

    @Column(nullable = false, length = 3)
    private String iso3;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_ar")
    private String nameAr;

    @Column(name = "commission_member", nullable = false)
    private boolean commissionMember;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @Version
    private long version;

    protected State() {
    }

    public State(UUID id, String iso2, String iso3, LocalizedText name) {
        this.id = id.toString();
        this.iso2 = Objects.requireNonNull(iso2);
        this.iso3 = Objects.requireNonNull(iso3);
        this.nameEn = name.en();
        this.nameFr = name.fr();
        this.nameAr = name.ar();
    }

    /** The State joins this commission on the given date. */
    public void admitToCommission(LocalDate since) {
        this.commissionMember = true;
        this.memberSince = Objects.requireNonNull(since, "since");
    }

    public StateId stateId() {
        return StateId.of(id);
    }

    public long version() {
        return version;
    }

    public StateView view() {
        return new StateView(stateId(), iso2, iso3, new LocalizedText(nameEn, nameFr, nameAr),
                commissionMember, memberSince, version);
    }
}
