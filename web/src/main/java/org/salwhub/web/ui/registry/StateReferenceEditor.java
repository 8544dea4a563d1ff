package org.salwhub.web.ui.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.salwhub.registry.api.ReferenceDataFacade;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateReference;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff correct a State's reference data on its page: its names in the three languages, its UN status, regional
 * group and subregion, the developing-country flag, and the day it joined the commission. The boundary checks
 * the fields and the version; a refusal keeps the dialog open with what was typed.
 */
@Named
@ViewScoped
public class StateReferenceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("nameEn", "referenceForm:nameEn",
            "nameFr", "referenceForm:nameFr", "nameAr", "referenceForm:nameAr", "unStatus", "referenceForm:unStatus",
            "regionalGroup", "referenceForm:regionalGroup", "subregion", "referenceForm:subregion",
            "developing", "referenceForm:developing", "memberSince", "referenceForm:memberSince");

    @Inject
    ReferenceDataFacade reference;

    @Inject
    RegistryFacade registry;

    @Inject
    StateProfilePage page;

    @Inject
    FacesErrors errors;

    private String nameEn;
    private String nameFr;
    private String nameAr;
    private UnStatus unStatus;
    private RegionalGroup regionalGroup;
    private Subregion subregion;
    private Boolean developing;
    private LocalDate memberSince;
    private long version;

    /** Fills the dialog with the State's current reference data. */
    public void open() {
        StateView state = page.getState();
        StateReference current = StateReference.of(state);
        nameEn = current.nameEn();
        nameFr = current.nameFr();
        nameAr = current.nameAr();
        unStatus = current.unStatus();
        regionalGroup = current.regionalGroup();
        subregion = current.subregion();
        developing = current.developing();
        memberSince = state.memberSince();
        version = state.version();
    }

    public void save() {
        StateView state = page.getState();
        boolean admitting = !state.commissionMember() && memberSince != null;
        boolean saved = errors.attempt(() -> {
            StateView updated = reference.updateStateReference(state.id(), new StateReference(nameEn, nameFr, nameAr,
                    unStatus, regionalGroup, subregion, developing), version);
            version = updated.version(); // a refused admission can be corrected and saved again
            if (admitting) {
                registry.admitToCommission(state.id(), memberSince, updated.version());
            }
        }, FIELDS);
        if (saved) {
            page.reloadState();
            Messages.info("state.reference.saved");
            PrimeFaces.current().executeScript("PF('referenceDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public boolean isMember() {
        return page.getState().commissionMember();
    }

    public UnStatus[] getUnStatuses() {
        return UnStatus.values();
    }

    public RegionalGroup[] getRegionalGroups() {
        return RegionalGroup.values();
    }

    public Subregion[] getSubregions() {
        return Subregion.values();
    }

    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public UnStatus getUnStatus() { return unStatus; }
    public void setUnStatus(UnStatus unStatus) { this.unStatus = unStatus; }
    public RegionalGroup getRegionalGroup() { return regionalGroup; }
    public void setRegionalGroup(RegionalGroup regionalGroup) { this.regionalGroup = regionalGroup; }
    public Subregion getSubregion() { return subregion; }
    public void setSubregion(Subregion subregion) { this.subregion = subregion; }
    public Boolean getDeveloping() { return developing; }
    public void setDeveloping(Boolean developing) { this.developing = developing; }
    public LocalDate getMemberSince() { return memberSince; }
    public void setMemberSince(LocalDate memberSince) { this.memberSince = memberSince; }
}
