package org.salwhub.registry.api;

import java.util.List;
import org.salwhub.registry.api.directory.PersonId;

/**
 * What staff change of an organisation: its type, acronym and names, whether it gives assistance, its member States
 * (regional, subregional and international organisations and UN entities have members; NGOs, research institutes,
 * companies and States do not), its own point of contact, a person of the directory (or none), and its IATI
 * organisation identifier (blank or null: none), which no other organisation may have.
 */
public record OrganisationEdit(OrganisationType type, String acronym, String nameEn, String nameFr, String nameAr,
                               boolean donor, List<StateId> members, PersonId contactPerson, String iatiIdentifier) {

    public OrganisationEdit {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The organisation's current fields, to edit. */
    public static OrganisationEdit of(OrganisationDetails details) {
        OrganisationView o = details.organisation();
        return new OrganisationEdit(o.type(), o.acronym(), o.name().en(), o.name().fr(), o.name().ar(), o.donor(),
                details.members(), details.contactPerson(), o.iatiIdentifier());
    }

    /** The same edit with other member States. */
    public OrganisationEdit withMembers(List<StateId> states) {
        return new OrganisationEdit(type, acronym, nameEn, nameFr, nameAr, donor, states, contactPerson,
                iatiIdentifier);
    }
}
