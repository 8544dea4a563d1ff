package org.salwhub.web.ui.assistance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.web.ui.registry.StateProfilePage;

/**
 * The assistance part of a State's profile page: its projects and its needs, read through the assistance module's
 * api (the registry knows nothing of assistance).
 */
@Named
@RequestScoped
public class StateAssistancePanel {

    @Inject
    ProjectFacade projects;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    @Inject
    StateProfilePage page;

    private List<ProjectSummary> stateProjects;
    private List<NeedView> stateNeeds;

    private UUID state() {
        return names.stateByIso(page.getIso());
    }

    public List<ProjectSummary> getProjects() {
        if (stateProjects == null) {
            UUID state = state();
            stateProjects = state == null ? List.of() : projects.projects(ProjectQuery.ofState(state)).items();
        }
        return stateProjects;
    }

    public List<NeedView> getNeeds() {
        if (stateNeeds == null) {
            UUID state = state();
            stateNeeds = state == null ? List.of() : assistance.needs(new NeedQuery(null, null, state, null, null,
                    false, null, false, 0, 50)).items();
        }
        return stateNeeds;
    }
}
