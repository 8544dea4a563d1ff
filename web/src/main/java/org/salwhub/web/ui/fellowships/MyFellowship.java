package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.salwhub.fellowship.api.FellowNomination;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * A fellow's own page ("My fellowship"): every call they were nominated to with where their nomination stands,
 * their application (which they complete while the call is open), the offer to accept or decline, their note
 * verbale, visa invitation letter and certificate, and their stipend and travel ledger. The boundary decides what
 * they may do; this page only offers it.
 */
@Named
@ViewScoped
public class MyFellowship implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field names of the boundary's errors, to the dialog's client IDs. */
    static final Map<String, String> FIELDS = Map.of("currentPost", "applicationForm:currentPost",
            "agencyName", "applicationForm:agencyName", "yearsExperience", "applicationForm:years",
            "motivation", "applicationForm:motivation", "languages", "applicationForm:languages",
            "sex", "applicationForm:sex", "ageBand", "applicationForm:ageBand", "call", "applicationForm:currentPost");

    @Inject
    FellowshipFacade fellowships;

    @Inject
    FacesErrors errors;

    private transient List<FellowNomination> nominations;

    // the application being edited
    private NominationView editing;
    private ApplicationFields application = new ApplicationFields();

    public List<FellowNomination> getNominations() {
        if (nominations == null) {
            nominations = fellowships.myNominations();
        }
        return nominations;
    }

    public void startEdit(NominationView nomination) {
        editing = nomination;
        application = ApplicationFields.of(nomination.application());
    }

    public void saveApplication() {
        NominationApplication before = editing.application();
        // the registry agency stays linked only while the agency's name is the one it was chosen with
        String agencyName = application.getAgencyName();
        boolean sameAgency = Objects.equals(before.agencyName() == null ? null : before.agencyName().trim(),
                agencyName == null ? null : agencyName.trim());
        NominationApplication changed = application.toApplication(sameAgency ? before.agencyId() : null);
        if (errors.attempt(() -> fellowships.updateApplication(editing.id(), changed, editing.version()),
                FIELDS)) {
            Messages.info("fellowship.mine.saved");
            editing = null;
            nominations = null;
        }
    }

    public void answer(NominationView nomination, boolean accept) {
        if (errors.attempt(() -> fellowships.answerOffer(nomination.id(), accept, nomination.version()), Map.of())) {
            Messages.info(accept ? "fellowship.mine.accepted" : "fellowship.mine.declined");
            nominations = null;
        }
    }

    public NominationView getEditing() {
        return editing;
    }

    /** The application's fields in the dialog. */
    public ApplicationFields getApplication() {
        return application;
    }
}
