package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.Priority;

/**
 * Files or edits a need with its line items: a focal point for their State, staff on any State's behalf.
 * Saving keeps a draft; the need page submits it.
 */
@Named
@ViewScoped
public class NeedForm extends AssistanceDraftForm {

    private static final long serialVersionUID = 1L;

    private String state;
    private BigDecimal estimatedCost;
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
    private String sustainmentTraining;
    private String sustainmentMaintenance;
    private String sustainmentLogistics;

    public NeedForm() {
        super("USD", null);
    }

    /** For a new need, the focal point's State. */
    @Override
    void prefill() {
        UUID own = assistance.filing().state();
        if (own != null) {
            state = names.iso(own);
        }
    }

    @Override
    void fill(String id) {
        NeedView n = assistance.need(NeedId.of(id));
        fill(n.version(), n.title(), n.description(), n.themes(), n.assistanceTypes(), n.lines(), n.currency(),
                n.languages());
        state = names.iso(n.stateId());
        estimatedCost = n.estimatedCost();
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
        sustainmentTraining = n.sustainmentTraining();
        sustainmentMaintenance = n.sustainmentMaintenance();
        sustainmentLogistics = n.sustainmentLogistics();
    }

    public void save() throws IOException {
        UUID stateId = names.stateByIso(state);
        NeedDraft draft = new NeedDraft(stateId, getTitle(), getDescription(), new HashSet<>(getThemes()),
                new HashSet<>(getAssistanceTypes()), lineInputs(),
                estimatedCost, getCurrency(), nationalContribution, priority, periodFrom, periodTo, context,
                genderConsiderations, beneficiaryAgency, deliverySite, sourceLink, confidentiality,
                codes(getLanguages()),
                sustainmentTraining, sustainmentMaintenance, sustainmentLogistics);
        Map<String, String> fields = clientIds("needForm", "stateId", "state", List.of("stateId", "title",
                "description", "themes", "assistanceTypes", "estimatedCost", "currency", "nationalContribution",
                "periodFrom", "periodTo", "sourceLink", "languages", "sustainmentTraining", "sustainmentMaintenance",
                "sustainmentLogistics", "beneficiaryAgency", "deliverySite", "genderConsiderations", "lines"));
        for (int i = 0; i < getLines().size(); i++) {
            fields.put("lines[" + i + "].itemCode", "needForm:lines");
            fields.put("lines[" + i + "].quantity", "needForm:lines");
        }
        save(() -> (isNew() ? assistance.createNeed(draft)
                : assistance.updateNeed(NeedId.of(getId()), draft, version())).id(), fields, "need.done.saved",
                "/app/assistance/need.xhtml");
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

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public BigDecimal getEstimatedCost() { return estimatedCost; }
    public void setEstimatedCost(BigDecimal estimatedCost) { this.estimatedCost = estimatedCost; }
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
    public String getSustainmentTraining() { return sustainmentTraining; }
    public void setSustainmentTraining(String v) { this.sustainmentTraining = v; }
    public String getSustainmentMaintenance() { return sustainmentMaintenance; }
    public void setSustainmentMaintenance(String v) { this.sustainmentMaintenance = v; }
    public String getSustainmentLogistics() { return sustainmentLogistics; }
    public void setSustainmentLogistics(String v) { this.sustainmentLogistics = v; }
}
