package org.salwhub.web.ui.assistance;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.LineView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * What the need and offer forms share: the item edited ({@code id}, empty for a new one) and its version, title,
 * description, themes, assistance types, currency, languages typed as text, and editable line items; loading once
 * per view, and after saving, the saved item's page with the message kept.
 */
public abstract class AssistanceDraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    @Inject
    FacesErrors errors;

    private String id;
    private long version;
    private String title;
    private String description;
    private List<String> themes = new ArrayList<>();
    private List<String> assistanceTypes = new ArrayList<>();
    private String currency;
    private String languages;
    private boolean loaded;
    private List<LineRow> lines = new ArrayList<>();

    /** A new item's currency and languages until the user changes them. */
    protected AssistanceDraftForm(String currency, String languages) {
        this.currency = currency;
        this.languages = languages;
    }

    /** Fills the new item's form with what the user files for. */
    abstract void prefill();

    /** Fills the form from the item {@code id} being edited. */
    abstract void fill(String id);

    /** Fills the form once per view: from the item being edited, or for a new item with one empty line. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            prefill();
            addLine();
            return;
        }
        fill(id);
    }

    /** What a need and an offer both have, as the boundary returned it. */
    void fill(long version, String title, String description, Set<String> themes, Set<String> assistanceTypes,
              List<LineView> lines, String currency, Collection<String> languages) {
        this.version = version;
        this.title = title;
        this.description = description;
        this.themes = new ArrayList<>(themes);
        this.assistanceTypes = new ArrayList<>(assistanceTypes);
        setLines(lines.stream().map(LineRow::of).toList());
        this.currency = currency;
        this.languages = String.join(", ", languages);
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    /**
     * The boundary's field names as the client ids of the form's inputs: {@code form:field}, but the field
     * {@code owner} (the State or organisation) shows at the input {@code ownerInput}.
     */
    static Map<String, String> clientIds(String form, String owner, String ownerInput, List<String> fields) {
        Map<String, String> ids = new HashMap<>();
        for (String field : fields) {
            ids.put(field, form + ":" + (owner.equals(field) ? ownerInput : field));
        }
        return ids;
    }

    /**
     * Saves through {@code save}, which returns the saved item's id; when the boundary took it, says
     * {@code doneKey} on the item's page ({@code page?id=…}), otherwise shows the refusal at the fields.
     */
    void save(Supplier<Object> save, Map<String, String> fields, String doneKey, String page) throws IOException {
        Object[] saved = new Object[1];
        if (errors.attempt(() -> saved[0] = save.get(), fields)) {
            Messages.info(doneKey);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + page + "?id=" + saved[0]);
        }
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    public List<LineRow> getLines() {
        return lines;
    }

    protected void setLines(List<LineRow> rows) {
        lines = new ArrayList<>(rows);
    }

    /** The filled-in lines as the boundary takes them. */
    protected List<LineInput> lineInputs() {
        return lines.stream().filter(l -> !l.isEmpty()).map(LineRow::input).toList();
    }

    public LineUnit[] getUnits() {
        return LineUnit.values();
    }

    /** "en, fr" or "en fr" as a set of codes. */
    protected static Set<String> codes(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    long version() {
        return version;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<String> getAssistanceTypes() { return assistanceTypes; }
    public void setAssistanceTypes(List<String> assistanceTypes) { this.assistanceTypes = assistanceTypes; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
}
