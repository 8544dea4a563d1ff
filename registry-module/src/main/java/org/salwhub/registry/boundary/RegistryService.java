package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.entity.Organisation;
import org.salwhub.registry.entity.State;

/** The registry's facade. Reference data is public; changes are checked here. */
@Stateless
public class RegistryService implements RegistryFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

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
    public StateView admitToCommission(StateId id, LocalDate since, long expectedVersion) {
        callers.current().requireStaff();
        if (since == null) {
            throw new ValidationException("memberSince", "required");
        }
        State state = em.find(State.class, id.toString());
        if (state == null) {
            throw new NotFoundException("State", id.toString());
        }
        VersionConflictException.check("State", id.toString(), expectedVersion, state.version());
        state.admitToCommission(since);
        em.flush();
        return state.view();
    }
}
