package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;

/** The public page: what SALW Hub is and which States take part. No personal data. */
@Named("landing")
@RequestScoped
public class LandingPage {

    @Inject
    RegistryFacade registry;

    private List<StateView> members;

    public List<StateView> getMemberStates() {
        if (members == null) {
            members = registry.memberStates();
        }
        return members;
    }
}
