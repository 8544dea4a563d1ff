package org.salwhub.web.ui;

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
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.Priority;
import org.salwhub.web.i18n.Messages;

/**
 * Files or edits a need with its line items: a focal point for their State, staff on any State's behalf.
 * Saving keeps a draft; the need page submits it.
 */
@Named
@ViewScoped
public class NeedForm extends LineItemsForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    @Inject
    FacesErrors errors;

    private String id;
    private long version;
    private String state;
    private String title;
    private String description;
    private List<String> themes = new ArrayList<>();
    private List<String> assistanceTypes = new ArrayList<>();
    private BigDecimal estimatedCost;
    private String currency = "USD";
    private String nationalContribution;
    private Priority priority = Priority.MEDIUM;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private NeedContext context;
    private String genderConsiderations;
    private String beneficiaryAgency;
    private String deliverySite;
    private String sourceLink;
    private Confidentiality confidentiality = Confidentiality.NETWORK;
    private String languages;
    private String sustainmentTraining;
    private String sustainmentMaintenance;
    private String sustainmentLogistics;
    private boolean loaded;

    /** Fills the form from the need being edited, or for a new need from the focal point's State. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            UUID own = assistance.filing().state();
            if (own != null) {
                state = names.iso(own);
            }
            addLine();
            return;
        }
        NeedView n = assistance.need(NeedId.of(id));
        version = n.version();
        state = names.iso(n.stateId());
        title = n.title();
        description = n.description();
        themes = new ArrayList<>(n.themes());
        assistanceTypes = new ArrayList<>(n.assistanceTypes());
        setLines(n.lines().stream().map(LineRow::of).toList());
        estimatedCost = n.estimatedCost();
        currency = n.currency();
        nationalContribution = n.nationalContribution();
        priority = n.priority();
        periodFrom = n.periodFrom();
        periodTo = n.periodTo();
        context = n.context();
        genderConsiderations = n.genderConsiderations();
        beneficiaryAgency = n.beneficiaryAgency();
        deliverySite = n.deliverySite();
        sourceLink = n.sourceLink();
        confidentiality = n.confidentiality();
        languages = String.join(", ", n.languages());
        sustainmentTraining = n.sustainmentTraining();
        sustainmentMaintenance = n.sustainmentMaintenance();
        sustainmentLogistics = n.sustainmentLogistics();
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public void save() throws IOException {
        UUID stateId = names.stateByIso(state);
        NeedDraft draft = new NeedDraft(stateId, title, description, new HashSet<>(themes),
                new HashSet<>(assistanceTypes), lineInputs(),
                estimatedCost, currency, nationalContribution, priority, periodFrom, periodTo, context,
                genderConsiderations, beneficiaryAgency, deliverySite, sourceLink, confidentiality,
                codes(languages),
                sustainmentTraining, sustainmentMaintenance, sustainmentLogistics);
        NeedView[] saved = new NeedView[1];
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("stateId", "title", "description", "themes", "assistanceTypes", "estimatedCost",
                "currency", "nationalContribution", "periodFrom", "periodTo", "sourceLink", "languages",
                "sustainmentTraining", "sustainmentMaintenance", "sustainmentLogistics", "beneficiaryAgency",
                "deliverySite", "genderConsiderations", "lines")) {
            fields.put(field, "needForm:" + ("stateId".equals(field) ? "state" : field));
        }
        for (int i = 0; i < getLines().size(); i++) {
            fields.put("lines[" + i + "].itemCode", "needForm:lines");
            fields.put("lines[" + i + "].quantity", "needForm:lines");
        }
        boolean ok = errors.attempt(() -> saved[0] = isNew() ? assistance.createNeed(draft)
                : assistance.updateNeed(NeedId.of(id), draft, version), fields);
        if (ok) {
            Messages.info("need.done.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/app/assistance/need.xhtml?id=" + saved[0].id());
        }
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public NeedContext[] getContexts() {
        return NeedContext.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    // ------------------------------------------------------------------ properties

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<String> getAssistanceTypes() { return assistanceTypes; }
    public void setAssistanceTypes(List<String> assistanceTypes) { this.assistanceTypes = assistanceTypes; }
    public BigDecimal getEstimatedCost() { return estimatedCost; }
    public void setEstimatedCost(BigDecimal estimatedCost) { this.estimatedCost = estimatedCost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getNationalContribution() { return nationalContribution; }
    public void setNationalContribution(String v) { this.nationalContribution = v; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public NeedContext getContext() { return context; }
    public void setContext(NeedContext context) { this.context = context; }
    public String getGenderConsiderations() { return genderConsiderations; }
    public void setGenderConsiderations(String v) { this.genderConsiderations = v; }
    public String getBeneficiaryAgency() { return beneficiaryAgency; }
    public void setBeneficiaryAgency(String v) { this.beneficiaryAgency = v; }
    public String getDeliverySite() { return deliverySite; }
    public void setDeliverySite(String deliverySite) { this.deliverySite = deliverySite; }
    public String getSourceLink() { return sourceLink; }
    public void setSourceLink(String sourceLink) { this.sourceLink = sourceLink; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { this.confidentiality = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getSustainmentTraining() { return sustainmentTraining; }
    public void setSustainmentTraining(String v) { this.sustainmentTraining = v; }
    public String getSustainmentMaintenance() { return sustainmentMaintenance; }
    public void setSustainmentMaintenance(String v) { this.sustainmentMaintenance = v; }
    public String getSustainmentLogistics() { return sustainmentLogistics; }
    public void setSustainmentLogistics(String v) { this.sustainmentLogistics = v; }
}
