package org.salwhub.web.ui.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.web.i18n.LanguageSelection;

/** The dashboard's follow-up actions: those the viewer's State or organisation owns (staff: every open one). */
@Named
@RequestScoped
public class FollowUpPanel {

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    private List<FollowUpView> actions;
    private final Map<String, String> titles = new HashMap<>();

    public List<FollowUpView> getActions() {
        if (actions == null) {
            actions = meetings.myFollowUps();
        }
        return actions;
    }

    public String owner(FollowUpView action) {
        if (action.details().ownerState() != null) {
            return registry.state(new StateId(action.details().ownerState()))
                    .map(s -> s.name().in(language.getLocale())).orElse("");
        }
        return registry.organisation(new OrganisationId(action.details().ownerOrganisation()))
                .map(o -> o.acronym()).orElse("");
    }

    public String meetingTitle(FollowUpView action) {
        return titles.computeIfAbsent(action.meeting().toString(), id -> meetings.meeting(action.meeting())
                .map(m -> m.details().title().in(language.getLocale())).orElse(""));
    }
}
