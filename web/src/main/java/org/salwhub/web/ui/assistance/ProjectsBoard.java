package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.web.export.ProjectExports;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.PagedModel;
import org.salwhub.web.ui.TableDownload;

/**
 * The projects list: every project the viewer may see, filtered by State, donor, theme, status and year; exports
 * what the filters select as CSV, XLSX, or IATI XML of the public projects.
 */
@Named
@ViewScoped
public class ProjectsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFacade projects;

    @Inject
    AssistanceNames names;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceTexts texts;

    private String text;
    private String state;
    private String donor;
    private String theme;
    private ProjectStatus status;
    private Integer year;
    private final PagedModel<ProjectSummary> list = new PagedModel<>(
            (first, size, sort, ascending) -> projects.projects(query(first, size, sort, ascending)),
            row -> row.id().toString());

    ProjectQuery query(int first, int max, String sort, boolean ascending) {
        return new ProjectQuery(blank(text), names.stateByIso(state), donorId(), blank(theme), status, year, sort,
                ascending, first, max);
    }

    private UUID donorId() {
        return blank(donor) == null ? null
                : registry.organisationByAcronym(donor.trim()).map(o -> o.id().value()).orElse(null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void search() {
        // the lazy table reloads with the filters
    }

    public void clear() {
        text = null;
        state = null;
        donor = null;
        theme = null;
        status = null;
        year = null;
    }

    public StreamedContent getCsv() {
        Locale locale = Messages.currentLocale();
        return TableDownload.csv("projects", () -> ProjectExports.headers(locale), () -> rows(locale));
    }

    public StreamedContent getXlsx() {
        Locale locale = Messages.currentLocale();
        return TableDownload.xlsx("projects", "project.list.title", () -> ProjectExports.headers(locale),
                () -> rows(locale));
    }

    public StreamedContent getPdf() {
        Locale locale = Messages.currentLocale();
        return TableDownload.pdf("projects", "project.list.title", () -> ProjectExports.headers(locale),
                () -> rows(locale));
    }

    /** IATI 2.03 XML of the projects the filters select (validated against the official schema). */
    public StreamedContent getIati() {
        var ids = projects.projects(query(0, 1000, null, false)).items().stream().map(ProjectSummary::id)
                .collect(java.util.stream.Collectors.toSet());
        return DefaultStreamedContent.builder().name("salwhub-iati-" + LocalDate.now() + ".xml")
                .contentType("application/xml; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream((ids.isEmpty() ? projects.exportPublicIati()
                        : projects.exportIati(ids)).getBytes(StandardCharsets.UTF_8))).build();
    }

    private List<List<Object>> rows(Locale locale) {
        return ProjectExports.rows(projects.projects(query(0, 1000, null, false)).items(), registry, texts, locale);
    }

    /** Currency codes as "XTS, ZAR". */
    public String currencies(java.util.Collection<String> codes) {
        return codes == null ? "" : String.join(", ", codes);
    }

    public String states(ProjectSummary p) {
        return String.join(", ", p.recipientStates().stream().map(names::state).sorted().toList());
    }

    public String donors(ProjectSummary p) {
        return String.join(", ", p.fundingOrganisations().stream().map(names::organisation).sorted().toList());
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 8, now + 3).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public LazyDataModel<ProjectSummary> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
