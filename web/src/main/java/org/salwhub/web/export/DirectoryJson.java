package org.salwhub.web.export;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.PersonalDataExport;

/**
 * The directory's JSON documents that both the REST API and the pages write: a contact, a person, and everything
 * held about a person (the personal-data export, the same document from {@code /api/v1/persons/{id}/export} and
 * from the person page).
 */
public final class DirectoryJson {

    private DirectoryJson() {
    }

    public record ContactJson(String id, String roleType, String stateId, String organisationId, LocalDate validFrom,
                              LocalDate validTo, LocalDate lastVerified, String verification, String personId,
                              String personName, String latinName, String email, String phone, List<String> languages,
                              String agencyId, String agencyName, String replacedBy, long version) {
        public static ContactJson of(ContactView c) {
            return new ContactJson(c.roleId().toString(), c.roleType().name(), str(c.stateId()),
                    str(c.organisationId()), c.validFrom(), c.validTo(), c.lastVerified(), c.verification().name(),
                    c.personId().toString(), c.personName(), c.latinName(), c.email(), c.phone(), c.languages(),
                    str(c.agencyId()), c.agencyName(), str(c.replacedBy()), c.version());
        }
    }

    public record PersonJson(String id, String stateId, String organisationId, String agencyId, String honorific,
                             String givenName, String familyName, String latinName, String sex, List<String> languages,
                             String email, String alternateEmail, String phone, String mobile, String postalAddress,
                             String positionTitle, String displayName, String mergedInto, Boolean anonymised,
                             Long version) {
        public static PersonJson of(PersonView p) {
            PersonDetails d = p.details();
            return new PersonJson(p.id().toString(), str(d.stateId()), str(d.organisationId()), str(d.agencyId()),
                    d.honorific(), d.givenName(), d.familyName(), d.latinName(), d.sex().name(), d.languages(),
                    d.email(), d.alternateEmail(), d.phone(), d.mobile(), d.postalAddress(), d.positionTitle(),
                    p.displayName(), str(p.mergedInto()), p.anonymised(), p.version());
        }
    }

    /** Everything held about a person: their details and every role they held. */
    public record ExportJson(PersonJson person, List<ContactJson> roles, String exportedAt) {
        public static ExportJson of(PersonalDataExport export) {
            return new ExportJson(PersonJson.of(export.person()), export.roles().stream().map(ContactJson::of).toList(),
                    export.exportedAt().toString());
        }
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
