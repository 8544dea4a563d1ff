package org.salwhub.registry.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryChanged;
import org.salwhub.registry.api.directory.DuplicateCandidate;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.PersonalDataExport;
import org.salwhub.registry.api.directory.PersonsMerged;
import org.salwhub.registry.api.directory.VerificationPolicy;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.control.ContactViews;
import org.salwhub.registry.control.DirectoryQueries;
import org.salwhub.registry.control.DirectoryScope;
import org.salwhub.registry.control.DuplicateFinder;
import org.salwhub.registry.entity.Agency;
import org.salwhub.registry.entity.ContactRole;
import org.salwhub.registry.entity.Organisation;
import org.salwhub.registry.entity.Person;

/**
 * The use cases on a person's record as a whole, behind {@link DirectoryService}: probable duplicates and their
 * merging (every reference follows the person kept, and other modules hear of it through {@link PersonsMerged}),
 * anonymisation, and the export of everything held about a person. Runs in the directory boundary's transaction.
 */
@Dependent
public class PersonRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<DirectoryChanged> changes;

    @Inject
    Event<PersonsMerged> merges;

    VerificationPolicy policy = VerificationPolicy.configured();

    List<DuplicateCandidate> duplicates(StateId state) {
        callers.current().requireStaff();
        var query = em.createQuery("SELECT p FROM Person p WHERE p.mergedInto IS NULL AND p.anonymised = FALSE"
                + (state == null ? "" : " AND p.stateId = :state") + " ORDER BY p.familyName", Person.class);
        if (state != null) {
            query.setParameter("state", state.toString());
        }
        List<Person> persons = query.getResultList();
        java.util.Map<PersonView, String> names = new java.util.IdentityHashMap<>();
        List<PersonView> views = new ArrayList<>();
        for (Person person : persons) {
            PersonView view = person.view();
            views.add(view);
            names.put(view, person.searchName());
        }
        return DuplicateFinder.find(views, names);
    }

    PersonView merge(PersonId keeperId, long keeperVersion, PersonId duplicateId, long duplicateVersion) {
        callers.current().requireStaff();
        Person keeper = DirectoryScope.load(em, Person.class, keeperId == null ? null : keeperId.toString(), "Person");
        Person duplicate = DirectoryScope.load(em, Person.class, duplicateId == null ? null : duplicateId.toString(), "Person");
        List<FieldError> errors = new ArrayList<>();
        if (keeper.id().equals(duplicate.id())) {
            errors.add(FieldError.of("duplicate", "merge.samePerson"));
        }
        if (!keeper.isActive() || !duplicate.isActive()) {
            errors.add(FieldError.of("duplicate", "person.inactive"));
        }
        UUID keeperState = keeper.stateId();
        UUID duplicateState = duplicate.stateId();
        if (keeperState != null && duplicateState != null && !keeperState.equals(duplicateState)) {
            errors.add(FieldError.of("duplicate", "merge.otherState"));
        }
        DirectoryScope.throwIfAny(errors);
        VersionConflictException.check("Person", keeper.id(), keeperVersion, keeper.version());
        VersionConflictException.check("Person", duplicate.id(), duplicateVersion, duplicate.version());
        List<ContactRole> roles = em.createQuery("SELECT r FROM ContactRole r WHERE r.personId = :person",
                ContactRole.class).setParameter("person", duplicate.id()).getResultList();
        for (ContactRole role : roles) {
            boolean keeperHoldsIt = role.isCurrent()
                    && DirectoryQueries.holdsCurrently(em, keeper.id(), role.stateId(), role.organisationId(), role.roleType());
            role.reassign(PersonId.of(keeper.id()));
            if (keeperHoldsIt) {
                role.end(LocalDate.now(clock).isBefore(role.validFrom()) ? role.validFrom() : LocalDate.now(clock),
                        "Merged duplicate record");
            }
        }
        keeper.absorb(duplicate.details());
        duplicate.mergeInto(PersonId.of(keeper.id()));
        // an organisation's point of contact follows the merge too; the other modules observe the event
        em.createQuery("SELECT o FROM Organisation o WHERE o.contactPersonId = :d", Organisation.class)
                .setParameter("d", duplicate.id()).getResultStream()
                .forEach(o -> o.replaceContactPerson(PersonId.of(keeper.id())));
        em.flush();
        merges.fire(new PersonsMerged(PersonId.of(keeper.id()), PersonId.of(duplicate.id())));
        fire(DirectoryChanged.Kind.PERSON, duplicate.id(), duplicateState, DirectoryChanged.Change.MERGED);
        fire(DirectoryChanged.Kind.PERSON, keeper.id(), keeperState, DirectoryChanged.Change.UPDATED);
        return keeper.view();
    }

    PersonView anonymise(PersonId id, long expectedVersion) {
        callers.current().requireStaff();
        Person person = DirectoryScope.load(em, Person.class, id == null ? null : id.toString(), "Person");
        if (person.view().anonymised()) {
            throw new ValidationException("id", "person.inactive");
        }
        VersionConflictException.check("Person", person.id(), expectedVersion, person.version());
        person.anonymise();
        em.flush();
        fire(DirectoryChanged.Kind.PERSON, person.id(), person.stateId(), DirectoryChanged.Change.ANONYMISED);
        return person.view();
    }

    PersonalDataExport exportPersonalData(PersonId id) {
        Person person = DirectoryScope.load(em, Person.class, id == null ? null : id.toString(), "Person");
        DirectoryScope.check(callers.current(), person.stateId());
        List<ContactView> roles = em.createQuery("SELECT r FROM ContactRole r WHERE r.personId = :person"
                        + " ORDER BY r.validFrom", ContactRole.class).setParameter("person", person.id())
                .getResultStream().map(role -> ContactViews.of(role, person, agencyOf(person), LocalDate.now(clock), policy)).toList();
        return new PersonalDataExport(person.view(), roles, Instant.now(clock));
    }


    private Agency agencyOf(Person person) {
        return person == null || person.agencyId() == null ? null : em.find(Agency.class, person.agencyId());
    }

    private void fire(DirectoryChanged.Kind kind, String id, UUID state, DirectoryChanged.Change change) {
        changes.fire(new DirectoryChanged(kind, UUID.fromString(id), state, change));
    }
}
