package org.salwhub.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The registry as other modules and the web layer use it. */
public interface RegistryFacade {

    /** Every State, ordered by English name. */
    List<StateView> states();

    /** The member States of this commission, ordered by English name. */
    List<StateView> memberStates();

    Optional<StateView> state(StateId id);

    Optional<StateView> stateByIsoCode(String iso2);

    /** Every organisation, ordered by acronym. */
    List<OrganisationView> organisations();

    /** Organisations that give assistance. */
    List<OrganisationView> donorOrganisations();

    Optional<OrganisationView> organisation(OrganisationId id);

    Optional<OrganisationView> organisationByAcronym(String acronym);

    /** An organisation with its member States and its point of contact. */
    Optional<OrganisationDetails> organisationDetails(OrganisationId id);

    /**
     * Changes an organisation: type, acronym, names, donor flag, member States and point of contact. Staff only.
     *
     * @throws org.salwhub.registry.api.kernel.VersionConflictException when someone changed it since
     *         {@code expectedVersion}
     */
    OrganisationDetails updateOrganisation(OrganisationId id, OrganisationEdit edit, long expectedVersion);

    /** Records that a State joined the commission. Staff only. */
    StateView admitToCommission(StateId id, LocalDate since, long expectedVersion);
}
