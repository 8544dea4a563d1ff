package org.salwhub.web.ui.registry;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.export.ContactExports;
import org.salwhub.web.export.DirectoryPdf;
import org.salwhub.web.export.VCardWriter;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.PagedModel;

/**
 * Network members search the focal-point directory: by name or e-mail, State, role, agency, language and
 * verification state. Paging, sorting and filtering happen in the database; exports read the filtered
 * list page by page.
 */
@Named
@ViewScoped
public class DirectorySearch implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String TABLE = "directoryForm:contacts";

    /** Languages offered in the filter (ISO 639-1): the working languages, then those common in the region. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "pt", "es", "sw", "am", "so", "ti", "rw", "rn",
            "ln", "lg");

    /** Stands for a State that is not in the registry: filters everything out. */
    private static final UUID NO_STATE = new UUID(0, 0);

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    @Inject
    ContactExports exports;

    @Inject
    DirectoryPdf pdf;

    @Inject
    LanguageSelection language;

    @Inject
    DirectoryNames names;

    // the filters; also view parameters, so that a filtered list can be linked to
    private String text;
    private String state;
    private RoleType role;
    private String agency;
    private String lang;
    private VerificationState verification;
    private boolean includeEnded;

    private List<ContactView> selection = new ArrayList<>();
    private transient List<AgencyView> agencies;
    private transient String agenciesOf;
    /**
     * The contacts page by page, sorted by person unless a column is chosen (ascending unless it is sorted
     * descending); the rows already shown are kept by role ID, so that a selection may span pages.
     */
    private final PagedModel<ContactView> contacts = new PagedModel<>(
            (first, size, sort, ascending) -> directory.search(query(first, size, sort, sort == null || ascending)),
            row -> row.roleId().toString());

    /** The filters as a directory query; {@code sortField} null sorts by person. */
    ContactQuery query(int first, int size, String sortField, boolean ascending) {
        return new ContactQuery(blankToNull(text), stateId(), role, uuid(agency), blankToNull(lang), verification,
                includeEnded, first, size, sortField == null ? "personName" : sortField, ascending);
    }

    /** The filters as they are now, sorted by person, for an export. */
    ContactQuery exportQuery() {
        return query(0, ContactExports.PAGE, null, true);
    }

    private UUID stateId() {
        if (state == null || state.isBlank()) {
            return null;
        }
        return registry.stateByIsoCode(state.trim().toUpperCase(Locale.ROOT)).map(s -> s.id().value())
                .orElse(NO_STATE);
    }

    /** Applies the filters from the first page on. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        text = null;
        state = null;
        role = null;
        agency = null;
        lang = null;
        verification = null;
        includeEnded = false;
        selection = new ArrayList<>();
        search();
    }

    /** A new State means other agencies. */
    public void stateChanged() {
        agency = null;
    }

    // ------------------------------------------------------------------ exports

    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name(fileName("csv")).contentType("text/csv; charset=UTF-8")
                .writer(out -> exports.csv(exportQuery(), Messages.currentLocale(), out)).build();
    }

    public StreamedContent getXlsx() {
        return DefaultStreamedContent.builder().name(fileName("xlsx"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> exports.xlsx(exportQuery(), Messages.currentLocale(), out)).build();
    }

    /** The filtered list as a PDF (A4 landscape), in the viewer's language. */
    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name(fileName("pdf")).contentType(DirectoryPdf.MEDIA_TYPE)
                .writer(out -> pdf.contacts(exportQuery(), Messages.currentLocale(), out)).build();
    }

    /** vCards of every row the filters match. */
    public StreamedContent getVcards() {
        return DefaultStreamedContent.builder().name(fileName("vcf")).contentType(VCardWriter.MEDIA_TYPE)
                .writer(out -> exports.vcards(exportQuery(), Messages.currentLocale(), out)).build();
    }

    /** vCards of the chosen rows only; nothing (and a word why) when none is chosen. */
    public StreamedContent getSelectedVcards() {
        List<ContactView> chosen = List.copyOf(selection);
        if (chosen.isEmpty()) {
            Messages.warn("directory.export.noneSelected");
            return null;
        }
        return DefaultStreamedContent.builder().name(fileName("vcf")).contentType(VCardWriter.MEDIA_TYPE)
                .writer(out -> exports.vcards(chosen, Messages.currentLocale(), out)).build();
    }

    private String fileName(String extension) {
        String scope = Optional.ofNullable(blankToNull(state)).map(s -> "-" + s.toLowerCase(Locale.ROOT)).orElse("");
        return "salwhub-directory" + scope + "-" + LocalDate.now(clock) + "." + extension;
    }

    // ------------------------------------------------------------------ choices and labels

    public List<StateView> getMemberStates() {
        return names.memberStates();
    }

    public RoleType[] getRoleTypes() {
        return RoleType.values();
    }

    public VerificationState[] getVerificationStates() {
        return VerificationState.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** The agencies of the chosen State; none until a State is chosen. */
    public List<AgencyView> getAgencies() {
        String key = blankToNull(state);
        if (agencies == null || !java.util.Objects.equals(key, agenciesOf)) {
            UUID id = stateId();
            agencies = id == null || NO_STATE.equals(id) ? List.of() : directory.agencies(new StateId(id));
            agenciesOf = key;
        }
        return agencies;
    }

    public boolean isFiltered() {
        return blankToNull(text) != null || blankToNull(state) != null || role != null || blankToNull(agency) != null
                || blankToNull(lang) != null || verification != null || includeEnded;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return NO_STATE;
        }
    }

    // ------------------------------------------------------------------ properties

    public LazyDataModel<ContactView> getContacts() {
        return contacts;
    }

    public List<ContactView> getSelection() {
        return selection;
    }

    public void setSelection(List<ContactView> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
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

    public RoleType getRole() {
        return role;
    }

    public void setRole(RoleType role) {
        this.role = role;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public VerificationState getVerification() {
        return verification;
    }

    public void setVerification(VerificationState verification) {
        this.verification = verification;
    }

    public boolean isIncludeEnded() {
        return includeEnded;
    }

    public void setIncludeEnded(boolean includeEnded) {
        this.includeEnded = includeEnded;
    }
}
