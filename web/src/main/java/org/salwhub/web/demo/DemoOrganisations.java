package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.salwhub.registry.api.OrganisationDetails;
import org.salwhub.registry.api.OrganisationEdit;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;

/** Member States of two organisations for the demo: RECSA (the demo commission's States) and the EAC. */
@Stateless
public class DemoOrganisations {

    @Inject
    RegistryFacade registry;

    public void create() {
        members("RECSA", registry.memberStates().stream().map(StateView::iso2).toList());
        members("EAC", List.of("BI", "CD", "KE", "RW", "SO", "SS", "TZ", "UG"));
    }

    private void members(String acronym, List<String> iso2) {
        registry.organisationByAcronym(acronym).flatMap(o -> registry.organisationDetails(o.id())).ifPresent(
                (OrganisationDetails details) -> {
                    List<StateId> members = iso2.stream().map(registry::stateByIsoCode)
                            .flatMap(java.util.Optional::stream).map(StateView::id).toList();
                    registry.updateOrganisation(details.organisation().id(),
                            OrganisationEdit.of(details).withMembers(members), details.version());
                });
    }
}
