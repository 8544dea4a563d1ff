package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * A focal point nominates a candidate of their State to a call, with the application and the note verbale, and
 * sees their State's nominations (staff choose the State).
 */
@Named
@ViewScoped
public class FellowshipNomination implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field names of the boundary's errors, to the form's client IDs. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("givenName", "nominateForm:givenName"), Map.entry("familyName", "nominateForm:familyName"),
            Map.entry("latinName", "nominateForm:latinName"), Map.entry("email", "nominateForm:email"),
            Map.entry("currentPost", "nominateForm:currentPost"), Map.entry("agencyName", "nominateForm:agencyName"),
            Map.entry("yearsExperience", "nominateForm:years"), Map.entry("motivation", "nominateForm:motivation"),
            Map.entry("languages", "nominateForm:languages"), Map.entry("sex", "nominateForm:sex"),
            Map.entry("ageBand", "nominateForm:ageBand"), Map.entry("noteVerbale", "nominateForm:noteVerbaleName"),
            Map.entry("stateId", "nominateForm:state"));

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    CallerContext callers;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    private String call;
    private String stateId;
    private String givenName;
    private String familyName;
    private String latinName;
    private String email;
    private String agencyId;
    private ApplicationFields application = new ApplicationFields();
    private String fileName;
    private String fileType;
    private byte[] fileContent;

    private transient CallView view;
    private transient List<NominationView> nominations;
    private transient List<AgencyView> agencies;

    public void load() {
        if (stateId == null) {
            stateId = ownState();
        }
    }

    /** The State the user's account acts for, if any. */
    private String ownState() {
        return callers.current().state().map(UUID::toString).orElse(null);
    }

    public CallView getView() {
        if (view == null && call != null) {
            try {
                view = fellowships.call(CallId.of(call)).orElse(null);
            } catch (IllegalArgumentException badId) {
                view = null;
            }
        }
        return view;
    }

    /** The call accepts nominations today (as its {@code may()} says). */
    public boolean isOpen() {
        return getView() != null && getView().may().openForNominations();
    }

    public int getQuotaLeft() {
        return getView() == null || stateId == null ? 0 : fellowships.quotaLeft(getView().id(), UUID.fromString(stateId));
    }

    /** Staff nominate for any State, and choose it; a focal point nominates for their own. */
    public boolean isMayChooseState() {
        return getView() != null && getView().may().manage();
    }

    public List<StateView> getStates() {
        return registry.memberStates();
    }

    public List<NominationView> getNominations() {
        if (nominations == null) {
            nominations = getView() == null ? List.of() : fellowships.nominations(getView().id()).stream()
                    .filter(n -> stateId == null || n.stateId().toString().equals(stateId)).toList();
        }
        return nominations;
    }


    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        fileType = file.getContentType();
        fileContent = file.getContent();
    }

    public void stateChanged() {
        nominations = null;
        agencies = null;
        agencyId = null;
    }

    /** The registry agencies of the nominating State: choosing one links the application to it by ID. */
    public List<AgencyView> getAgencies() {
        if (agencies == null) {
            agencies = stateId == null ? List.of() : directory.agencies(new StateId(UUID.fromString(stateId)));
        }
        return agencies;
    }

    /** An agency of the registry was chosen: its name and type fill the application's. */
    public void agencyChosen() {
        getAgencies().stream().filter(a -> a.id().toString().equals(agencyId)).findFirst().ifPresent(a -> {
            application.setAgencyName(a.name());
            application.setAgencyType(a.type());
        });
    }

    public void nominate() {
        UUID agency = agencyId == null || agencyId.isBlank() ? null : AgencyId.of(agencyId).value();
        NominationApplication typed = application.toApplication(agency);
        Sex sex = application.getSex();
        PersonDetails person = new PersonDetails(null, null, null, null, givenName, familyName, latinName,
                sex == null ? Sex.UNDISCLOSED : sex, typed.languages(), email, null, null, null, null,
                typed.currentPost());
        NominationFile file = fileContent == null ? null : new NominationFile(fileName, fileType, fileContent);
        UUID state = stateId == null ? null : UUID.fromString(stateId);
        NominationView[] done = new NominationView[1];
        if (errors.attempt(() -> done[0] = fellowships.nominate(getView().id(), new NominationRequest(state, null,
                person, typed, file)), FIELDS)) {
            Messages.info("fellowship.nominate.done", done[0].nomineeName());
            clear();
        }
    }

    public void withdraw(NominationView nomination) {
        if (errors.attempt(() -> fellowships.withdraw(nomination.id(), nomination.version()), Map.of())) {
            nominations = null;
        }
    }

    private void clear() {
        givenName = familyName = latinName = email = null;
        agencyId = null;
        application = new ApplicationFields();
        fileName = fileType = null;
        fileContent = null;
        nominations = null;
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public String getStateId() {
        return stateId;
    }

    public void setStateId(String stateId) {
        this.stateId = isMayChooseState() ? stateId : ownState();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getLatinName() {
        return latinName;
    }

    public void setLatinName(String latinName) {
        this.latinName = latinName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The application's fields in the form. */
    public ApplicationFields getApplication() {
        return application;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getMaxBytes() {
        return NominationFile.MAX_BYTES;
    }
}
