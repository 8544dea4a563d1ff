package org.salwhub.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.FilingPermissions;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.web.i18n.Messages;

/** Files or edits an offer of the donor's organisation (staff for any donor). */
@Named
@ViewScoped
public class OfferForm extends LineItemsForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    @Inject
    FacesErrors errors;

    private String id;
    private long version;
    private String organisation;
    private String title;
    private String description;
    private List<String> themes = new ArrayList<>();
    private List<String> assistanceTypes = new ArrayList<>();
    private BigDecimal budget;
    private String currency = "EUR";
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validTo;
    private String languages = "en, fr";
    private String implementingPartner;
    private List<String> eligibleStates = new ArrayList<>();
    private List<Subregion> eligibleSubregions = new ArrayList<>();
    private String conditions;
    private boolean loaded;
    private transient FilingPermissions filing;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            UUID own = filing().organisation();
            organisation = own == null ? null : own.toString();
            addLine();
            return;
        }
        OfferView o = assistance.offer(OfferId.of(id));
        version = o.version();
        organisation = o.organisationId().toString();
        title = o.title();
        description = o.description();
        themes = new ArrayList<>(o.themes());
        assistanceTypes = new ArrayList<>(o.assistanceTypes());
        setLines(o.lines().stream().map(LineRow::of).toList());
        budget = o.budget();
        currency = o.currency();
        validFrom = o.validFrom();
        validTo = o.validTo();
        languages = String.join(", ", o.languages());
        implementingPartner = o.implementingPartner();
        eligibleStates = new ArrayList<>(o.eligibleStates().stream().map(names::iso).toList());
        eligibleSubregions = new ArrayList<>(o.eligibleSubregions());
        conditions = o.conditions();
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public void save() throws IOException {
        OfferDraft draft = new OfferDraft(organisation == null || organisation.isBlank() ? null
                : UUID.fromString(organisation), title, description, new HashSet<>(themes),
                new HashSet<>(assistanceTypes), lineInputs(),
                budget, currency, validFrom, validTo,
                codes(languages), implementingPartner,
                eligibleStates.stream().map(names::stateByIso).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()), new HashSet<>(eligibleSubregions), conditions);
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("organisationId", "title", "description", "themes", "assistanceTypes", "budget",
                "currency", "validFrom", "validTo", "languages", "implementingPartner", "conditions", "lines")) {
            fields.put(field, "offerForm:" + ("organisationId".equals(field) ? "organisation" : field));
        }
        OfferView[] saved = new OfferView[1];
        if (errors.attempt(() -> saved[0] = isNew() ? assistance.createOffer(draft)
                : assistance.updateOffer(OfferId.of(id), draft, version), fields)) {
            Messages.info("offer.done.saved");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/app/assistance/offer.xhtml?id=" + saved[0].id());
        }
    }

    public boolean isChooseOrganisation() {
        return filing().chooseOrganisation();
    }

    /** What the user files offers for, as the assistance module decided it. */
    private FilingPermissions filing() {
        if (filing == null) {
            filing = assistance.filing();
        }
        return filing;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<String> getAssistanceTypes() { return assistanceTypes; }
    public void setAssistanceTypes(List<String> assistanceTypes) { this.assistanceTypes = assistanceTypes; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getImplementingPartner() { return implementingPartner; }
    public void setImplementingPartner(String v) { this.implementingPartner = v; }
    public List<String> getEligibleStates() { return eligibleStates; }
    public void setEligibleStates(List<String> eligibleStates) { this.eligibleStates = eligibleStates; }
    public List<Subregion> getEligibleSubregions() { return eligibleSubregions; }
    public void setEligibleSubregions(List<Subregion> v) { this.eligibleSubregions = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
}
