package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import org.salwhub.registry.api.OrganisationDetails;
import org.salwhub.registry.api.OrganisationEdit;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.entity.Organisation;
import org.salwhub.registry.entity.Person;
import org.salwhub.registry.entity.State;

/** The registry's facade. Reference data is public; changes are checked here. */
@Stateless
public class RegistryService implements RegistryFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    DirectoryFacade directory;

    @Override
    public List<StateView> states() {
        return em.createNamedQuery("State.all", State.class).getResultStream().map(State::view).toList();
    }

    @Override
    public List<StateView> memberStates() {
        return em.createNamedQuery("State.members", State.class).getResultStream().map(State::view).toList();
    }

    @Override
    public Optional<StateView> state(StateId id) {
        return Optional.ofNullable(em.find(State.class, id.toString())).map(State::view);
    }

    @Override
    public Optional<StateView> stateByIsoCode(String iso2) {
        if (iso2 == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("State.byIso2", State.class)
                .setParameter("iso2", iso2.toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(State::view);
    }

    @Override
    public List<OrganisationView> organisations() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultStream()
                .map(Organisation::view).toList();
    }

    @Override
    public List<OrganisationView> donorOrganisations() {
        return em.createNamedQuery("Organisation.donors", Organisation.class).getResultStream()
                .map(Organisation::view).toList();
    }

    @Override
    public Optional<OrganisationView> organisation(OrganisationId id) {
        return Optional.ofNullable(em.find(Organisation.class, id.toString())).map(Organisation::view);
    }

    @Override
    public Optional<OrganisationView> organisationByAcronym(String acronym) {
        return em.createNamedQuery("Organisation.byAcronym", Organisation.class)
                .setParameter("acronym", acronym)
                .getResultStream().findFirst().map(Organisation::view);
    }

    @Override
    public Optional<OrganisationView> organisationByIatiIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        return byIatiIdentifier(identifier).map(Organisation::view);
    }

    private Optional<Organisation> byIatiIdentifier(String identifier) {
        return em.createNamedQuery("Organisation.byIatiIdentifier", Organisation.class)
                .setParameter("identifier", identifier.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrganisationDetails> organisationDetails(OrganisationId id) {
        return Optional.ofNullable(id == null ? null : em.find(Organisation.class, id.toString()))
                .map(Organisation::details);
    }

    @Override
    public OrganisationDetails updateOrganisation(OrganisationId id, OrganisationEdit edit, long expectedVersion) {
        callers.current().requireStaff();
        Organisation organisation = NotFoundException.requireFound(
                id == null ? null : em.find(Organisation.class, id.toString()), "Organisation", id);
        if (edit == null) {
            throw new ValidationException("organisation", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (edit.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        String acronym = edit.acronym() == null ? "" : edit.acronym().strip();
        if (acronym.isEmpty()) {
            errors.add(FieldError.of("acronym", "required"));
        } else if (acronym.length() > 40) {
            errors.add(FieldError.of("acronym", "tooLong", 40));
        } else if (em.createNamedQuery("Organisation.byAcronym", Organisation.class).setParameter("acronym", acronym)
                .getResultStream().anyMatch(other -> !other.view().id().equals(id))) {
            errors.add(FieldError.of("acronym", "organisation.acronymTaken"));
        }
        String iatiIdentifier = edit.iatiIdentifier() == null ? "" : edit.iatiIdentifier().strip();
        if (!iatiIdentifier.isEmpty()) {
            FieldError problem = iatiIdentifierProblem(iatiIdentifier);
            if (problem != null) {
                errors.add(problem);
            } else {
                byIatiIdentifier(iatiIdentifier).filter(other -> !other.view().id().equals(id)).ifPresent(other ->
                        errors.add(FieldError.of("iatiIdentifier", "organisation.iatiIdentifierTaken",
                                other.view().acronym())));
            }
        }
        checkName("nameEn", edit.nameEn(), true, errors);
        checkName("nameFr", edit.nameFr(), false, errors);
        checkName("nameAr", edit.nameAr(), false, errors);
        if (!edit.members().isEmpty()) {
            if (edit.type() != null && !edit.type().hasMembers()) {
                errors.add(FieldError.of("members", "organisation.noMembers"));
            } else if (edit.members().stream().distinct().anyMatch(m -> em.find(State.class, m.toString()) == null)) {
                errors.add(FieldError.of("members", "organisation.unknownState"));
            }
        }
        if (edit.contactPerson() != null) {
            Person person = em.find(Person.class, edit.contactPerson().toString());
            if (person == null) {
                errors.add(FieldError.of("contactPerson", "organisation.unknownPerson"));
            } else if (!person.isActive()) {
                errors.add(FieldError.of("contactPerson", "person.inactive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        VersionConflictException.check("Organisation", id.toString(), expectedVersion, organisation.version());
        organisation.edit(new OrganisationEdit(edit.type(), acronym, edit.nameEn(), edit.nameFr(), edit.nameAr(),
                edit.donor(), edit.members().stream().distinct().toList(), edit.contactPerson(), iatiIdentifier));
        em.flush();
        return organisation.details();
    }

    /** The longest IATI organisation identifier kept (the column's length). */
    static final int IATI_IDENTIFIER_LENGTH = 100;

    /**
     * An IATI organisation identifier: the registration agency's prefix, which starts with an ISO country code or XI
     * or XM (e.g. {@code XM-DAC}, {@code GB-CHC}, {@code XI-IATI}, or {@code CA} alone), and the organisation's ID
     * there, joined by hyphens: letters, digits, dots and underscores between them, no spaces.
     */
    static final java.util.regex.Pattern IATI_IDENTIFIER = java.util.regex.Pattern
            .compile("[A-Z]{2}(-[A-Za-z0-9._]+)+");

    /** Why a (stripped, non-empty) IATI organisation identifier is refused, or null when it is well formed. */
    static FieldError iatiIdentifierProblem(String identifier) {
        if (identifier.length() > IATI_IDENTIFIER_LENGTH) {
            return FieldError.of("iatiIdentifier", "tooLong", IATI_IDENTIFIER_LENGTH);
        }
        if (!IATI_IDENTIFIER.matcher(identifier).matches()) {
            return FieldError.of("iatiIdentifier", "organisation.iatiIdentifierFormat");
        }
        return null;
    }

    private static void checkName(String field, String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (value.strip().length() > 255) {
            errors.add(FieldError.of(field, "tooLong", 255));
        }
    }

    @Override
    public StateView admitToCommission(StateId id, LocalDate since, long expectedVersion) {
        callers.current().requireStaff();
        if (since == null) {
            throw new ValidationException("memberSince", "required");
        }
        State state = NotFoundException.requireFound(em.find(State.class, id.toString()), "State", id);
        VersionConflictException.check("State", id.toString(), expectedVersion, state.version());
        state.admitToCommission(since, LocalDate.now(clock));
        em.flush();
        return state.view();
    }

    @Override
    public List<PersonView> persons(Collection<PersonId> ids) {
        return directory.persons(ids);
    }

    @Override
    public List<ContactView> currentContacts(StateId state, RoleType role) {
        return directory.currentContacts(state, role);
    }

    @Override
    public boolean inScope(StateId state) {
        return directory.mayEdit(state);
    }
}
