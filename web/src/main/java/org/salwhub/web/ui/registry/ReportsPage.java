package org.salwhub.web.ui.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.CurrentUser;
import org.salwhub.web.ui.FacesErrors;

/**
 * A State's national reports: the PoA and ITI report of a cycle (submitted, when, link, attached file) and the
 * assistance needs each declares. The State's focal point and staff record; other members read.
 * {@code ?iso=KE&cycle=2026}; without {@code iso}, a focal point's own State.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "reportsForm";

    @Inject
    NationalReportsFacade reports;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    @Inject
    org.salwhub.assistance.api.AssistanceFacade assistance;

    // view parameters
    private String iso;
    private String cycleCode;

    private StateView state;
    private ReportingCycleView cycle;
    private boolean editable;
    private final List<ReportForm> forms = new ArrayList<>();

    // the need being edited in the dialog; needId == null for a new one
    private ReportInstrument needInstrument;
    private String needId;
    private long needVersion;
    private String needTitle;
    private String needDescription;
    private String needArea;

    /** What the page edits of one instrument's report. */
    public static final class ReportForm implements Serializable {
        private static final long serialVersionUID = 1L;

        private final ReportInstrument instrument;
        private String reportId;
        private long version;
        private boolean submitted;
        private LocalDate submittedOn;
        private String link;
        private String documentReference;
        private List<DeclaredNeedView> needs = List.of();

        ReportForm(ReportInstrument instrument) {
            this.instrument = instrument;
        }

        void show(NationalReportView report) {
            reportId = report == null ? null : report.id().toString();
            version = report == null ? 0 : report.version();
            submitted = report != null && report.submitted();
            submittedOn = report == null ? null : report.submittedOn();
            link = report == null ? null : report.link();
            documentReference = report == null ? null : report.documentReference();
        }

        public ReportInstrument getInstrument() {
            return instrument;
        }

        public boolean isPoa() {
            return instrument == ReportInstrument.POA;
        }

        public boolean isRecorded() {
            return reportId != null;
        }

        public String getReportId() {
            return reportId;
        }

        public long getVersion() {
            return version;
        }

        public boolean isSubmitted() {
            return submitted;
        }

        public void setSubmitted(boolean submitted) {
            this.submitted = submitted;
            if (!submitted) {
                submittedOn = null;
            }
        }

        public LocalDate getSubmittedOn() {
            return submittedOn;
        }

        public void setSubmittedOn(LocalDate submittedOn) {
            this.submittedOn = submittedOn;
        }

        public String getLink() {
            return link;
        }

        public void setLink(String link) {
            this.link = link;
        }

        public String getDocumentReference() {
            return documentReference;
        }

        public void setDocumentReference(String documentReference) {
            this.documentReference = documentReference;
        }

        public List<DeclaredNeedView> getNeeds() {
            return needs;
        }
    }

    /** One cycle in the State's history: its two reports, if recorded. */
    public record HistoryRow(ReportingCycleView cycle, NationalReportView poa, NationalReportView iti) {
    }

    /** Runs before rendering (f:viewAction): resolves the State and the cycle, and loads the reports. */
    public void load() throws IOException {
        if (iso != null && !iso.isBlank()) {
            state = registry.stateByIsoCode(iso).orElse(null);
        } else if (user.getCaller().state().isPresent()) {
            state = registry.state(new StateId(user.getCaller().state().get())).orElse(null);
        }
        if (state != null && !state.commissionMember()) {
            state = null;
        }
        cycle = cycleCode == null || cycleCode.isBlank() ? reports.currentCycle().orElse(null)
                : reports.cycleByCode(cycleCode).or(reports::currentCycle).orElse(null);
        cycleCode = cycle == null ? null : cycle.code();
        reload();
    }

    private void reload() {
        forms.clear();
        if (state == null || cycle == null) {
            return;
        }
        editable = reports.mayRecord(state.id());
        List<NationalReportView> ofCycle = reports.reportsOf(state.id()).stream()
                .filter(r -> r.cycleId().equals(cycle.id())).toList();
        for (ReportInstrument instrument : ReportInstrument.values()) {
            ReportForm form = new ReportForm(instrument);
            NationalReportView report = ofCycle.stream().filter(r -> r.instrument() == instrument).findFirst()
                    .orElse(null);
            form.show(report);
            form.needs = report == null ? List.of() : reports.declaredNeeds(report.id());
            forms.add(form);
        }
    }

    /** Staff pick a State; the page opens again for it (and keeps the cycle). */
    public void chooseState() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/reports.xhtml?iso=" + encode(iso)
                + (cycleCode == null ? "" : "&cycle=" + encode(cycleCode)));
    }

    public void chooseCycle() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/reports.xhtml?iso=" + encode(state.iso2())
                + "&cycle=" + encode(cycleCode));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void save(ReportForm form) {
        String prefix = FORM + ":forms:" + forms.indexOf(form) + ":";
        Map<String, String> fields = Map.of("submitted", prefix + "submitted", "submittedOn", prefix + "submittedOn",
                "link", prefix + "link", "documentReference", prefix + "documentReference");
        NationalReportView[] saved = new NationalReportView[1];
        if (errors.attempt(() -> saved[0] = reports.saveReport(state.id(), cycle.id(), form.instrument,
                new ReportEntry(form.submitted, form.submittedOn, form.link, form.documentReference),
                form.version), fields)) {
            form.show(saved[0]);
            Messages.info("reports.saved");
        }
    }

    // ------------------------------------------------------------------ declared needs

    public void startAddNeed(ReportForm form) {
        needInstrument = form.instrument;
        needId = null;
        needVersion = 0;
        needTitle = null;
        needDescription = null;
        needArea = null;
    }

    public void startEditNeed(ReportForm form, DeclaredNeedView need) {
        needInstrument = form.instrument;
        needId = need.id().toString();
        needVersion = need.version();
        needTitle = need.title();
        needDescription = need.description();
        needArea = need.thematicArea();
    }

    public void saveNeed() {
        ReportForm form = form(needInstrument);
        Map<String, String> fields = Map.of("title", "needForm:needTitle", "description", "needForm:needDescription",
                "thematicArea", "needForm:needArea");
        NeedEntry entry = new NeedEntry(needTitle, needDescription, needArea);
        boolean saved = errors.attempt(() -> {
            if (needId == null) {
                reports.addDeclaredNeed(NationalReportId.of(form.reportId), entry);
            } else {
                reports.updateDeclaredNeed(DeclaredNeedId.of(needId), entry, needVersion);
            }
        }, fields);
        if (saved) {
            form.needs = reports.declaredNeeds(NationalReportId.of(form.reportId));
            Messages.info("reports.need.saved");
            PrimeFaces.current().executeScript("PF('needDialog').hide()");
        } else {
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public void removeNeed(ReportForm form, DeclaredNeedView need) {
        if (errors.attempt(() -> reports.removeDeclaredNeed(need.id(), need.version()), Map.of())) {
            Messages.info("reports.need.removed");
        }
        form.needs = reports.declaredNeeds(NationalReportId.of(form.reportId));
    }

    /** Staff: the declared need becomes a draft assistance request of the State, linked both ways. */
    public void makeDraft(ReportForm form, DeclaredNeedView need) {
        if (errors.attempt(() -> assistance.draftFromDeclaredNeed(need.id()), Map.of())) {
            Messages.info("reports.need.draftMade", need.title());
        }
        form.needs = reports.declaredNeeds(NationalReportId.of(form.reportId));
    }

    private ReportForm form(ReportInstrument instrument) {
        return forms.stream().filter(f -> f.instrument == instrument).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ for the view

    public List<HistoryRow> getHistory() {
        if (state == null) {
            return List.of();
        }
        Map<String, NationalReportView[]> byCycle = new LinkedHashMap<>();
        for (NationalReportView report : reports.reportsOf(state.id())) {
            NationalReportView[] pair = byCycle.computeIfAbsent(report.cycleId().toString(), k -> new NationalReportView[2]);
            pair[report.instrument().ordinal()] = report;
        }
        return reports.cycles().stream().filter(c -> byCycle.containsKey(c.id().toString())).map(c -> {
            NationalReportView[] pair = byCycle.get(c.id().toString());
            return new HistoryRow(c, pair[0], pair[1]);
        }).toList();
    }

    public List<StateView> getMemberStates() {
        java.text.Collator collator = java.text.Collator.getInstance(language.getLocale());
        return registry.memberStates().stream()
                .sorted((a, b) -> collator.compare(a.name().in(language.getLocale()), b.name().in(language.getLocale())))
                .toList();
    }

    public List<ReportingCycleView> getCycles() {
        return reports.cycles();
    }

    public boolean isNewNeed() {
        return needId == null;
    }

    public long getDaysLeft() {
        return cycle == null ? 0 : cycle.daysLeft(LocalDate.now(clock));
    }

    public boolean isLinked(DeclaredNeedView need) {
        return need.draftNeedId() != null;
    }

    public String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8) + "…";
    }

    public List<ReportForm> getForms() {
        return forms;
    }

    public StateView getState() {
        return state;
    }

    public ReportingCycleView getCycle() {
        return cycle;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getIso() {
        return iso;
    }

    public void setIso(String iso) {
        this.iso = iso;
    }

    public String getCycleCode() {
        return cycleCode;
    }

    public void setCycleCode(String cycleCode) {
        this.cycleCode = cycleCode;
    }

    public String getNeedTitle() {
        return needTitle;
    }

    public void setNeedTitle(String needTitle) {
        this.needTitle = needTitle;
    }

    public String getNeedDescription() {
        return needDescription;
    }

    public void setNeedDescription(String needDescription) {
        this.needDescription = needDescription;
    }

    public String getNeedArea() {
        return needArea;
    }

    public void setNeedArea(String needArea) {
        this.needArea = needArea;
    }
}
