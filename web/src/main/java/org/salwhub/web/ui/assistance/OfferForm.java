package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.FilingPermissions;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.Subregion;

/** Files or edits an offer of the donor's organisation (staff for any donor). */
@Named
@ViewScoped
public class OfferForm extends AssistanceDraftForm {

    private static final long serialVersionUID = 1L;

    private String organisation;
    private BigDecimal budget;
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validTo;
    private String implementingPartner;
    private List<String> eligibleStates = new ArrayList<>();
    private List<Subregion> eligibleSubregions = new ArrayList<>();
    private String conditions;
    private transient FilingPermissions filing;

    public OfferForm() {
        super("EUR", "en, fr");
    }

    /** For a new offer, the donor's organisation. */
    @Override
    void prefill() {
        UUID own = filing().organisation();
        organisation = own == null ? null : own.toString();
    }

    @Override
    void fill(String id) {
        OfferView o = assistance.offer(OfferId.of(id));
        fill(o.version(), o.title(), o.description(), o.themes(), o.assistanceTypes(), o.lines(), o.currency(),
                o.languages());
        organisation = o.organisationId().toString();
        budget = o.budget();
        validFrom = o.validFrom();
        validTo = o.validTo();
        implementingPartner = o.implementingPartner();
        eligibleStates = new ArrayList<>(o.eligibleStates().stream().map(names::iso).toList());
        eligibleSubregions = new ArrayList<>(o.eligibleSubregions());
        conditions = o.conditions();
    }

    public void save() throws IOException {
        OfferDraft draft = new OfferDraft(organisation == null || organisation.isBlank() ? null
                : UUID.fromString(organisation), getTitle(), getDescription(), new HashSet<>(getThemes()),
                new HashSet<>(getAssistanceTypes()), lineInputs(),
                budget, getCurrency(), validFrom, validTo,
                codes(getLanguages()), implementingPartner,
                eligibleStates.stream().map(names::stateByIso).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()), new HashSet<>(eligibleSubregions), conditions);
        Map<String, String> fields = clientIds("offerForm", "organisationId", "organisation", List.of(
                "organisationId", "title", "description", "themes", "assistanceTypes", "budget", "currency",
                "validFrom", "validTo", "languages", "implementingPartner", "conditions", "lines"));
        save(() -> (isNew() ? assistance.createOffer(draft)
                : assistance.updateOffer(OfferId.of(getId()), draft, version())).id(), fields, "offer.done.saved",
                "/app/assistance/offer.xhtml");
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

    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getImplementingPartner() { return implementingPartner; }
    public void setImplementingPartner(String v) { this.implementingPartner = v; }
    public List<String> getEligibleStates() { return eligibleStates; }
    public void setEligibleStates(List<String> eligibleStates) { this.eligibleStates = eligibleStates; }
    public List<Subregion> getEligibleSubregions() { return eligibleSubregions; }
    public void setEligibleSubregions(List<Subregion> v) { this.eligibleSubregions = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
}
