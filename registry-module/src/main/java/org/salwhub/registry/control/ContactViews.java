package org.salwhub.registry.control;

import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.VerificationPolicy;
import org.salwhub.registry.entity.Agency;
import org.salwhub.registry.entity.ContactRole;
import org.salwhub.registry.entity.Person;

/** A role as the directory shows it: the role, its holder, the holder's agency and how fresh the entry is today. */
public final class ContactViews {

    private ContactViews() {
    }

    public static ContactView of(ContactRole role, Person person, Agency agency, LocalDate today,
                                 VerificationPolicy policy) {
        return new ContactView(ContactRoleId.of(role.id()), role.roleType(), role.stateId(), role.organisationId(),
                role.validFrom(), role.validTo(), role.lastVerified(), policy.stateOf(role.lastVerified(), today),
                PersonId.of(person.id()), person.displayName(), person.details().latinName(), person.details().email(),
                person.details().phone(), person.languageList(), agency == null ? null : agency.view().id().value(),
                agency == null ? null : agency.name(),
                role.replacedBy() == null ? null : UUID.fromString(role.replacedBy()), role.endReason(), role.version());
    }
}
