package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationType;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.kernel.LocalizedText;

/** A regional or international organisation, UN entity, donor agency, NGO or company. */
@Entity
@Table(name = "reg_organisation")
@NamedQuery(name = "Organisation.all", query = "SELECT o FROM Organisation o ORDER BY o.acronym")
@NamedQuery(name = "Organisation.donors", query = "SELECT o FROM Organisation o WHERE o.donor = TRUE ORDER BY o.acronym")
@NamedQuery(name = "Organisation.byAcronym", query = "SELECT o FROM Organisation o WHERE o.acronym = :acronym")
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

    @Version
    private long version;

    protected Organisation() {
    }

    public OrganisationView view() {
        return new OrganisationView(OrganisationId.of(id), acronym, new LocalizedText(nameEn, nameFr, nameAr),
                type, donor, version);
    }
}
