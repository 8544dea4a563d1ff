package org.salwhub.web.ui.fellowships;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.Sex;

/**
 * The fields of a fellowship application as a form edits them: the focal point's nomination form and the fellow's
 * own application dialog. Languages are typed as ISO codes separated by spaces or commas.
 */
public final class ApplicationFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String currentPost;
    private String agencyName;
    private AgencyType agencyType;
    private Integer years;
    private String motivation;
    private String languages;
    private Sex sex;
    private NominationAgeBand ageBand;

    /** The form filled with an application on file. */
    static ApplicationFields of(NominationApplication a) {
        ApplicationFields fields = new ApplicationFields();
        fields.currentPost = a.currentPost();
        fields.agencyName = a.agencyName();
        fields.agencyType = a.agencyType();
        fields.years = a.yearsExperience();
        fields.motivation = a.motivation();
        fields.languages = String.join(" ", a.languages());
        fields.sex = a.sex();
        fields.ageBand = a.ageBand();
        return fields;
    }

    /** The application as typed, linked to the registry agency {@code agencyId} when one was chosen. */
    NominationApplication toApplication(UUID agencyId) {
        return new NominationApplication(currentPost, agencyName, agencyType, agencyId, years == null ? 0 : years,
                motivation, languageList(), sex, ageBand);
    }

    List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.trim().toLowerCase(Locale.ROOT).split("[\\s,;]+")).toList();
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
