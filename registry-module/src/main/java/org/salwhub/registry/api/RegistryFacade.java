package org.salwhub.registry.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.RoleType;

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

    /**
     * The organisation with this IATI organisation identifier (e.g. {@code XM-DAC-5-7}), as IATI files give it in
     * {@code reporting-org/@ref} or {@code participating-org/@ref}; compared without regard to case and surrounding
     * spaces. Empty for a blank identifier or one no organisation has.
     */
    Optional<OrganisationView> organisationByIatiIdentifier(String identifier);

    /** An organisation with its member States and its point of contact. */
    Optional<OrganisationDetails> organisationDetails(OrganisationId id);

    /**
     * Changes an organisation: type, acronym, names, donor flag, member States, point of contact and IATI
     * organisation identifier (a registration agency's prefix and the organisation's ID joined by hyphens, no
     * spaces, e.g. {@code XM-DAC-5-7}; no other organisation's). Staff only.
     *
     * @throws org.salwhub.registry.api.kernel.VersionConflictException when someone changed it since
     *         {@code expectedVersion}
     */
    OrganisationDetails updateOrganisation(OrganisationId id, OrganisationEdit edit, long expectedVersion);

    /** Records that a State joined the commission. Staff only. */
    StateView admitToCommission(StateId id, LocalDate since, long expectedVersion);

    // ------------------------------------------------------------------ the directory, as other modules need it

    /** The persons with these IDs, for members of the network (a merged duplicate's ID is not among them). */
    List<PersonView> persons(Collection<PersonId> ids);

    /** The current points of contact of a State in one role ({@code null}: every role), for network members. */
    List<ContactView> currentContacts(StateId state, RoleType role);

    /** Whether the signed-in caller acts for this State: staff, or a focal point of exactly this State. */
    boolean inScope(StateId state);
}
