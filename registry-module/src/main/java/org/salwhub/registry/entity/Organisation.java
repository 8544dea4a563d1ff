package org.salwhub.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.salwhub.registry.api.OrganisationDetails;
import org.salwhub.registry.api.OrganisationEdit;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.OrganisationType;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.kernel.LocalizedText;

/** A regional or international organisation, UN entity, donor agency, NGO or company. */
@Entity
@Table(name = "reg_organisation")
@NamedQuery(name = "Organisation.all", query = "SELECT o FROM Organisation o ORDER BY o.acronym")
@NamedQuery(name = "Organisation.donors", query = "SELECT o FROM Organisation o WHERE o.donor = TRUE ORDER BY o.acronym")
@NamedQuery(name = "Organisation.byAcronym", query = "SELECT o FROM Organisation o WHERE o.acronym = :acronym")
@NamedQuery(name = "Organisation.byIatiIdentifier",
        query = "SELECT o FROM Organisation o WHERE UPPER(o.iatiIdentifier) = :identifier")
public class Organisation {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 40)
    private String acronym;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_ar")
    private String nameAr;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 20)
    private OrganisationType type;

    @Column(nullable = false)
    private boolean donor;

    /** The member States (IDs), for organisations that have members. */
    @ElementCollection
    @CollectionTable(name = "reg_organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "state_id", length = 36)
    private Set<String> members = new LinkedHashSet<>();

    /** The organisation's own point of contact: a person of the directory. */
    @Column(name = "contact_person_id", length = 36)
    private String contactPersonId;

    /** The IATI organisation identifier (e.g. XM-DAC-5-7), unique when present. */
    @Column(name = "iati_identifier", length = 100)
    private String iatiIdentifier;

    @Version
    private long version;

    protected Organisation() {
    }

    public long version() {
        return version;
    }

    /** Takes staff's edit; the boundary has checked it. */
    public void edit(OrganisationEdit edit) {
        this.type = Objects.requireNonNull(edit.type());
        this.acronym = edit.acronym().strip();
        this.nameEn = edit.nameEn().strip();
        this.nameFr = blankToNull(edit.nameFr());
        this.nameAr = blankToNull(edit.nameAr());
        this.donor = edit.donor();
        this.members = new LinkedHashSet<>(edit.members().stream().map(StateId::toString).toList());
        this.contactPersonId = edit.contactPerson() == null ? null : edit.contactPerson().toString();
        this.iatiIdentifier = blankToNull(edit.iatiIdentifier());
    }

    /** The point of contact's record was merged into another person's. */
    public void replaceContactPerson(PersonId keeper) {
        this.contactPersonId = keeper.toString();
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(view(), members.stream().map(m -> new StateId(java.util.UUID.fromString(m)))
                .toList(), contactPersonId == null ? null : PersonId.of(contactPersonId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OrganisationView view() {
        return new OrganisationView(OrganisationId.of(id), acronym, new LocalizedText(nameEn, nameFr, nameAr),
                type, donor, iatiIdentifier, version);
    }
}
