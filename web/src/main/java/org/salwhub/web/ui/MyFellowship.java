package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.salwhub.assistance.api.fellowship.FellowNomination;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.assistance.api.fellowship.NominationAgeBand;
import org.salwhub.assistance.api.fellowship.NominationApplication;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.i18n.Messages;

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
    private String currentPost;
    private String agencyName;
    private AgencyType agencyType;
    private Integer years;
    private String motivation;
    private String languages;
    private Sex sex;
    private NominationAgeBand ageBand;

    public List<FellowNomination> getNominations() {
        if (nominations == null) {
            nominations = fellowships.myNominations();
        }
        return nominations;
    }

    public void startEdit(NominationView nomination) {
        editing = nomination;
        NominationApplication a = nomination.application();
        currentPost = a.currentPost();
        agencyName = a.agencyName();
        agencyType = a.agencyType();
        years = a.yearsExperience();
        motivation = a.motivation();
        languages = String.join(" ", a.languages());
        sex = a.sex();
        ageBand = a.ageBand();
    }

    public void saveApplication() {
        NominationApplication before = editing.application();
        // the registry agency stays linked only while the agency's name is the one it was chosen with
        boolean sameAgency = Objects.equals(before.agencyName() == null ? null : before.agencyName().trim(),
                agencyName == null ? null : agencyName.trim());
        NominationApplication application = new NominationApplication(currentPost, agencyName, agencyType,
                sameAgency ? before.agencyId() : null, years == null ? 0 : years, motivation, languageList(), sex,
                ageBand);
        if (errors.attempt(() -> fellowships.updateApplication(editing.id(), application, editing.version()),
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

    private List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.trim().toLowerCase(Locale.ROOT).split("[\\s,;]+")).toList();
    }

    public NominationView getEditing() {
        return editing;
    }

    public String getCurrentPost() {
        return currentPost;
    }

    public void setCurrentPost(String currentPost) {
        this.currentPost = currentPost;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public AgencyType getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public NominationAgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(NominationAgeBand ageBand) {
        this.ageBand = ageBand;
    }
}
