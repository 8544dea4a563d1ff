package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyId;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryChanged;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.DirectoryPermissions;
import org.salwhub.registry.api.directory.DuplicateCandidate;
import org.salwhub.registry.api.directory.NewRole;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonPermissions;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.PersonalDataExport;
import org.salwhub.registry.api.directory.PublicContact;
import org.salwhub.registry.api.directory.Replacement;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationPolicy;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.control.ContactViews;
import org.salwhub.registry.control.DirectoryQueries;
import org.salwhub.registry.control.DirectoryRules;
import org.salwhub.registry.control.DirectoryScope;
import org.salwhub.registry.entity.Agency;
import org.salwhub.registry.entity.ContactRole;
import org.salwhub.registry.entity.CoordinationBody;
import org.salwhub.registry.entity.Person;

/** The directory's boundary: every read and change is checked against the caller's scope here. */
@Stateless
public class DirectoryService implements DirectoryFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    Event<DirectoryChanged> changes;

    @Inject
    PersonRecords personRecords;

    VerificationPolicy policy = VerificationPolicy.configured();

    // ------------------------------------------------------------------ reads

    @Override
    public Page<ContactView> search(ContactQuery query) {
        requireMember();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = DirectoryQueries.page(em, query, policy, today);
        return new Page<>(views(rows, today), DirectoryQueries.total(em, query, policy, today, rows.size()));
    }

    @Override
    public List<ContactView> currentContacts(StateId state, RoleType type) {
        requireMember();
        var query = em.createQuery("SELECT r, p FROM Person p, ContactRole r"
                        + " WHERE r.personId = p.id AND r.stateId = :state AND r.validTo IS NULL"
                        + (type == null ? "" : " AND r.roleType = :type") + " ORDER BY r.roleType, p.familyName",
                        Object[].class)
                .setParameter("state", state.toString());
        if (type != null) {
            query.setParameter("type", type);
        }
        return views(query.getResultList(), LocalDate.now(clock));
    }

    @Override
    public List<ContactView> history(StateId state) {
        requireMember();
        return views(em.createQuery("SELECT r, p FROM Person p, ContactRole r"
                        + " WHERE r.personId = p.id AND r.stateId = :state"
                        + " ORDER BY r.validFrom DESC, r.roleType", Object[].class)
                .setParameter("state", state.toString()).getResultList(), LocalDate.now(clock));
    }

    @Override
    public Optional<PersonView> person(PersonId id) {
        requireMember();
        return Optional.ofNullable(em.find(Person.class, id.toString())).map(Person::view);
    }

    @Override
    public List<PersonView> persons(Collection<PersonId> ids) {
        requireMember();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids ORDER BY p.familyName", Person.class)
                .setParameter("ids", ids.stream().map(PersonId::toString).toList())
                .getResultStream().map(Person::view).toList();
    }

    @Override
    public List<PersonView> findPersons(String text, StateId state, int max) {
        requireMember();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT p FROM Person p WHERE p.mergedInto IS NULL"
                + " AND p.anonymised = FALSE");
        Map<String, Object> params = new HashMap<>();
        String typed = text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        if (typed.contains("@")) {
            jpql.append(" AND p.emailLower LIKE :email");
            params.put("email", typed + "%");
        } else {
            List<String> words = Person.tokens(typed).stream().limit(5).toList();
            if (words.isEmpty()) {
                return List.of();
            }
            for (int i = 0; i < words.size(); i++) {
                jpql.append(" AND p.id IN (SELECT t").append(i).append(".personId FROM PersonToken t").append(i)
                        .append(" WHERE t").append(i).append(".token LIKE :word").append(i).append(")");
                params.put("word" + i, words.get(i) + "%");
            }
        }
        if (state != null) {
            jpql.append(" AND p.stateId = :state");
            params.put("state", state.toString());
        }
        jpql.append(" ORDER BY p.familyName, p.givenName");
        var query = em.createQuery(jpql.toString(), Person.class).setMaxResults(Math.max(1, Math.min(max, 50)));
        params.forEach(query::setParameter);
        return query.getResultStream().map(Person::view).toList();
    }

    @Override
    public List<AgencyView> agencies(StateId state) {
        requireMember();
        return em.createNamedQuery("Agency.ofState", Agency.class).setParameter("state", state.toString())
                .getResultStream().map(Agency::view).toList();
    }

    @Override
    public Optional<CoordinationBodyView> coordinationBody(StateId state) {
        requireMember();
        return bodyOf(state).map(CoordinationBody::view);
    }

    @Override
    public List<PublicContact> publicDirectory(StateId state) {
        List<Object[]> rows = em.createQuery("SELECT r, p FROM Person p, ContactRole r"
                        + " WHERE r.personId = p.id AND r.stateId = :state AND r.validTo IS NULL"
                        + " ORDER BY r.roleType", Object[].class)
                .setParameter("state", state.toString()).getResultList();
        java.util.Map<String, Agency> agencies = agenciesOf(rows);
        return rows.stream().map(row -> {
            Agency agency = agencies.get(((Person) row[1]).agencyId());
            return new PublicContact(state.value(), ((ContactRole) row[0]).roleType(),
                    agency == null ? null : agency.name());
        }).toList();
    }

    @Override
    public boolean mayEdit(StateId state) {
        return callers.current().mayActForState(state.value());
    }

    @Override
    public DirectoryPermissions permissionsIn(StateId state) {
        Caller caller = callers.current();
        return new DirectoryPermissions(caller.mayActForState(state.value()), caller.isStaff(), caller.isStaff());
    }

    @Override
    public PersonPermissions permissionsOn(PersonView person) {
        Caller caller = callers.current();
        UUID state = person.details().stateId();
        return new PersonPermissions(state != null && caller.mayActForState(state),
                caller.isStaff() && !person.anonymised());
    }

    // ------------------------------------------------------------------ changes

    @Override
    public PersonView createPerson(PersonDetails details) {
        checkScope(details.stateId(), details.organisationId());
        validate(details);
        Person person = new Person(PersonId.random(), details);
        em.persist(person);
        em.flush();
        fire(DirectoryChanged.Kind.PERSON, person.id(), details.stateId(), DirectoryChanged.Change.CREATED);
        return person.view();
    }

    @Override
    public PersonView updatePerson(PersonId id, PersonDetails details, long expectedVersion) {
        Person person = load(Person.class, id.toString(), "Person");
        PersonDetails before = person.details();
        checkScope(before.stateId(), before.organisationId());
        checkScope(details.stateId(), details.organisationId());
        validate(details);
        VersionConflictException.check("Person", id.toString(), expectedVersion, person.version());
        person.apply(details);
        em.flush();
        fire(DirectoryChanged.Kind.PERSON, person.id(), details.stateId(), DirectoryChanged.Change.UPDATED);
        return person.view();
    }

    @Override
    public AgencyView createAgency(UUID stateId, UUID organisationId, AgencyType type, String name, String acronym) {
        checkScope(stateId, organisationId);
        List<FieldError> errors = agencyErrors(type, name, acronym);
        checkOwner(stateId, organisationId, errors);
        throwIfAny(errors);
        Agency agency = new Agency(AgencyId.random(), stateId, organisationId, type, name, acronym);
        em.persist(agency);
        em.flush();
        fire(DirectoryChanged.Kind.AGENCY, agency.view().id().value().toString(), stateId,
                DirectoryChanged.Change.CREATED);
        return agency.view();
    }

    @Override
    public AgencyView updateAgency(AgencyId id, AgencyType type, String name, String acronym, long expectedVersion) {
        Agency agency = load(Agency.class, id == null ? null : id.toString(), "Agency");
        AgencyView before = agency.view();
        checkScope(before.stateId(), before.organisationId());
        throwIfAny(agencyErrors(type, name, acronym));
        VersionConflictException.check("Agency", id.toString(), expectedVersion, before.version());
        agency.rename(type, name, acronym);
        em.flush();
        fire(DirectoryChanged.Kind.AGENCY, id.toString(), before.stateId(), DirectoryChanged.Change.UPDATED);
        return agency.view();
    }

    @Override
    public Optional<AgencyView> agency(AgencyId id) {
        requireMember();
        return Optional.ofNullable(id == null ? null : em.find(Agency.class, id.toString())).map(Agency::view);
    }

    private static List<FieldError> agencyErrors(AgencyType type, String name, String acronym) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(FieldError.of("type", "required"));
        }
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "required"));
        } else if (name.strip().length() > 255) {
            errors.add(FieldError.of("name", "tooLong", 255));
        }
        if (acronym != null && acronym.strip().length() > 40) {
            errors.add(FieldError.of("acronym", "tooLong", 40));
        }
        return errors;
    }

    @Override
    public ContactView assignRole(NewRole role) {
        Person person = load(Person.class, role.personId() == null ? null : role.personId().toString(), "Person");
        PersonDetails details = person.details();
        UUID state = role.stateId() != null ? role.stateId() : details.stateId();
        UUID organisation = role.stateId() == null ? (role.organisationId() != null ? role.organisationId()
                : details.organisationId()) : null;
        checkScope(state, organisation);
        List<FieldError> errors = new ArrayList<>();
        if (role.roleType() == null) {
            errors.add(FieldError.of("roleType", "required"));
        }
        DirectoryRules.checkRoleStart(role.validFrom(), LocalDate.now(clock), errors);
        if (person.view().mergedInto() != null || person.view().anonymised()) {
            errors.add(FieldError.of("personId", "person.inactive"));
        }
        if (details.stateId() != null && state != null && !details.stateId().equals(state)) {
            errors.add(FieldError.of("stateId", "role.otherState"));
        }
        checkOwner(state, organisation, errors);
        // identical assignments sent in parallel queue on the person's row; the locking read sees what they committed
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        if (role.roleType() != null && DirectoryQueries.holdsCurrently(em, person.id(), state, organisation,
                role.roleType(), LockModeType.PESSIMISTIC_WRITE)) {
            errors.add(FieldError.of("roleType", "role.alreadyHeld"));
        }
        throwIfAny(errors);
        ContactRole created = new ContactRole(ContactRoleId.random(), PersonId.of(person.id()), state, organisation,
                role.roleType(), role.validFrom());
        em.persist(created);
        em.flush();
        fire(DirectoryChanged.Kind.ROLE, created.id(), state, DirectoryChanged.Change.CREATED);
        return view(created, person, agencyOf(person), LocalDate.now(clock));
    }

    @Override
    public ContactView replace(Replacement replacement) {
        ContactRole role = load(ContactRole.class, idOf(replacement.roleId()), "ContactRole");
        checkScope(role.stateId(), role.organisationId());
        Person successor = load(Person.class, replacement.successor() == null ? null
                : replacement.successor().toString(), "Person");
        List<FieldError> errors = new ArrayList<>();
        if (!role.isCurrent()) {
            errors.add(FieldError.of("roleId", "role.ended"));
        }
        if (replacement.from() == null) {
            errors.add(FieldError.of("from", "required"));
        } else if (!replacement.from().isAfter(role.validFrom())) {
            errors.add(FieldError.of("from", "role.replaceBeforeStart"));
        }
        if (successor.id().equals(role.personId())) {
            errors.add(FieldError.of("successor", "role.sameHolder"));
        }
        UUID successorState = successor.stateId();
        if (role.stateId() != null && successorState != null && !role.stateId().equals(successorState)) {
            errors.add(FieldError.of("successor", "role.otherState"));
        }
        throwIfAny(errors);
        VersionConflictException.check("ContactRole", role.id(), replacement.version(), role.version());
        ContactRole next = role.handOver(ContactRoleId.random(), PersonId.of(successor.id()), replacement.from(),
                replacement.reason());
        em.persist(next);
        em.flush();
        fire(DirectoryChanged.Kind.ROLE, role.id(), role.stateId(), DirectoryChanged.Change.ENDED);
        fire(DirectoryChanged.Kind.ROLE, next.id(), next.stateId(), DirectoryChanged.Change.CREATED);
        return view(next, successor, agencyOf(successor), LocalDate.now(clock));
    }

    @Override
    public ContactView appoint(PersonDetails newPerson, RoleType roleType, LocalDate validFrom) {
        PersonView person = createPerson(newPerson); // one transaction: a refused role rolls the person back too
        return assignRole(new NewRole(person.id(), newPerson.stateId(), newPerson.organisationId(), roleType,
                validFrom));
    }

    @Override
    public ContactView replaceWithNewPerson(ContactRoleId roleId, PersonDetails successor, LocalDate from,
                                            String reason, long version) {
        ContactRole role = load(ContactRole.class, idOf(roleId), "ContactRole");
        checkScope(role.stateId(), role.organisationId());
        PersonView person = createPerson(successor);
        return replace(new Replacement(roleId, person.id(), from, reason, version));
    }

    @Override
    public ContactView endRole(ContactRoleId id, LocalDate lastDay, String reason, long expectedVersion) {
        ContactRole role = load(ContactRole.class, idOf(id), "ContactRole");
        checkScope(role.stateId(), role.organisationId());
        if (!role.isCurrent()) {
            throw new ValidationException("roleId", "role.ended");
        }
        if (lastDay == null) {
            throw new ValidationException("lastDay", "required");
        }
        if (lastDay.isBefore(role.validFrom())) {
            throw new ValidationException("lastDay", "role.endBeforeStart");
        }
        VersionConflictException.check("ContactRole", role.id(), expectedVersion, role.version());
        role.end(lastDay, reason);
        em.flush();
        fire(DirectoryChanged.Kind.ROLE, role.id(), role.stateId(), DirectoryChanged.Change.ENDED);
        Person person = em.find(Person.class, role.personId());
        return view(role, person, agencyOf(person), LocalDate.now(clock));
    }

    @Override
    public ContactView verify(ContactRoleId id, long expectedVersion) {
        ContactRole role = load(ContactRole.class, idOf(id), "ContactRole");
        checkScope(role.stateId(), role.organisationId());
        VersionConflictException.check("ContactRole", role.id(), expectedVersion, role.version());
        role.verify(LocalDate.now(clock));
        em.flush();
        fire(DirectoryChanged.Kind.ROLE, role.id(), role.stateId(), DirectoryChanged.Change.UPDATED);
        Person person = em.find(Person.class, role.personId());
        return view(role, person, agencyOf(person), LocalDate.now(clock));
    }

    @Override
    public int confirmState(StateId state) {
        checkScope(state.value(), null);
        LocalDate today = LocalDate.now(clock);
        List<ContactRole> current = em.createQuery("SELECT r FROM ContactRole r WHERE r.stateId = :state"
                + " AND r.validTo IS NULL", ContactRole.class).setParameter("state", state.toString()).getResultList();
        current.forEach(role -> role.verify(today));
        em.flush();
        current.forEach(role -> fire(DirectoryChanged.Kind.ROLE, role.id(), state.value(),
                DirectoryChanged.Change.UPDATED));
        return current.size();
    }

    @Override
    public CoordinationBodyView saveCoordinationBody(CoordinationBodyView body) {
        if (body.stateId() == null) {
            throw new ValidationException("stateId", "required");
        }
        checkScope(body.stateId(), null);
        List<FieldError> errors = new ArrayList<>();
        if (body.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        if (body.name() == null || body.name().isBlank()) {
            errors.add(FieldError.of("name", "required"));
        }
        if (body.membersWomen() < 0 || body.membersMen() < 0 || body.leadersWomen() < 0 || body.leadersMen() < 0) {
            errors.add(FieldError.of("members", "count.negative"));
        }
        if (body.leadersWomen() + body.leadersMen() > body.membersWomen() + body.membersMen()) {
            errors.add(FieldError.of("leaders", "count.leadersExceedMembers"));
        }
        if (body.establishedOn() != null && body.establishedOn().isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("establishedOn", "date.future"));
        }
        for (UUID agency : body.memberAgencies()) {
            Agency found = em.find(Agency.class, agency.toString());
            if (found == null || !body.stateId().equals(found.stateId())) {
                errors.add(FieldError.of("memberAgencies", "agency.otherState"));
                break;
            }
        }
        throwIfAny(errors);
        CoordinationBody entity = bodyOf(new StateId(body.stateId())).orElse(null);
        boolean created = entity == null;
        if (created) {
            entity = new CoordinationBody(CoordinationBodyId.random(), body.stateId());
        } else {
            VersionConflictException.check("CoordinationBody", body.stateId().toString(), body.version(),
                    entity.version());
        }
        entity.describe(body);
        if (created) {
            em.persist(entity);
        }
        em.flush();
        fire(DirectoryChanged.Kind.COORDINATION_BODY, entity.view().id().toString(), body.stateId(),
                created ? DirectoryChanged.Change.CREATED : DirectoryChanged.Change.UPDATED);
        return entity.view();
    }

    // ------------------------------------------------------------------ duplicates and personal data

    @Override
    public List<DuplicateCandidate> duplicates(StateId state) {
        return personRecords.duplicates(state);
    }

    @Override
    public PersonView merge(PersonId keeperId, long keeperVersion, PersonId duplicateId, long duplicateVersion) {
        return personRecords.merge(keeperId, keeperVersion, duplicateId, duplicateVersion);
    }

    @Override
    public PersonView anonymise(PersonId id, long expectedVersion) {
        return personRecords.anonymise(id, expectedVersion);
    }

    @Override
    public PersonalDataExport exportPersonalData(PersonId id) {
        return personRecords.exportPersonalData(id);
    }

    // ------------------------------------------------------------------ helpers

    /** Views of (role, person) rows, with their agencies read in one more statement whatever the number of rows. */
    private List<ContactView> views(List<Object[]> rows, LocalDate today) {
        java.util.Map<String, Agency> agencies = agenciesOf(rows);
        return rows.stream().map(row -> view((ContactRole) row[0], (Person) row[1],
                agencies.get(((Person) row[1]).agencyId()), today)).toList();
    }

    private java.util.Map<String, Agency> agenciesOf(List<Object[]> rows) {
        List<String> ids = rows.stream().map(row -> ((Person) row[1]).agencyId()).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return java.util.Collections.emptyMap(); // get(null) answers null, as persons without an agency need
        }
        return em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids", Agency.class).setParameter("ids", ids)
                .getResultStream().collect(java.util.stream.Collectors.toMap(a -> a.view().id().toString(), a -> a));
    }

    private Optional<CoordinationBody> bodyOf(StateId state) {
        return em.createNamedQuery("CoordinationBody.ofState", CoordinationBody.class)
                .setParameter("state", state.toString()).getResultStream().findFirst();
    }

    private void requireMember() {
        callers.current().requireNetworkMember("the directory is for network members");
    }

    /** Staff change everything; a focal point only their own State; organisations' entries are staff's. */
    private void checkScope(UUID state, UUID organisation) {
        DirectoryScope.check(callers.current(), state);
    }

    private void checkOwner(UUID state, UUID organisation, List<FieldError> errors) {
        DirectoryRules.checkOwner(em, state, organisation, errors);
    }

    private void validate(PersonDetails d) {
        throwIfAny(DirectoryRules.personErrors(em, d));
    }

    private static void throwIfAny(List<FieldError> errors) {
        DirectoryScope.throwIfAny(errors);
    }

    private <T> T load(Class<T> type, String id, String name) {
        return DirectoryScope.load(em, type, id, name);
    }

    private static String idOf(ContactRoleId id) {
        return id == null ? null : id.toString();
    }

    private Agency agencyOf(Person person) {
        return person == null || person.agencyId() == null ? null : em.find(Agency.class, person.agencyId());
    }

    private ContactView view(ContactRole role, Person person, Agency agency, LocalDate today) {
        return ContactViews.of(role, person, agency, today, policy);
    }

    private void fire(DirectoryChanged.Kind kind, String id, UUID state, DirectoryChanged.Change change) {
        changes.fire(new DirectoryChanged(kind, UUID.fromString(id), state, change));
    }
}
