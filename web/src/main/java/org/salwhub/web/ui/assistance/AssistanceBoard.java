package org.salwhub.web.ui.assistance;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.LineView;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.PagedModel;
import org.salwhub.web.ui.TableDownload;

/**
 * What the needs and offers boards share: the text, theme and State filters and "mine", the lazy table over the
 * boundary's paged query, and the CSV, XLSX and PDF downloads of what the filters select. A board adds its own
 * filters, its query, its columns and its row.
 *
 * @param <V> the view record a row shows
 */
public abstract class AssistanceBoard<V> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 1000;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    private final String name;
    private String text;
    private String theme;
    private String state;
    private boolean mine;
    private final PagedModel<V> model = new PagedModel<>(this::page, this::key);

    /** {@code name} names the downloads ({@code salwhub-NAME-…}) and, with ".title", their title's key. */
    protected AssistanceBoard(String name) {
        this.name = name;
    }

    /** One page of what the filters select, as the boundary returns it. */
    abstract Page<V> page(int first, int max, String sort, boolean ascending);

    /** A row's key in the lazy table. */
    abstract String key(V row);

    /** Clears the board's own filters (the shared ones are cleared here). */
    abstract void clearFilters();

    /** The downloads' column headings. */
    abstract List<String> headers();

    /** One row of the downloads. */
    abstract List<Object> row(V view, Locale locale);

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Line items as "quantity × item (remaining)", separated by semicolons. */
    String lines(List<LineView> lines) {
        return String.join("; ", lines.stream().map(l -> l.quantity() + " × " + names.term(l.itemCode())
                + " (" + l.remaining() + ")").toList());
    }

    LazyDataModel<V> model() {
        return model;
    }

    public void search() {
        // the lazy table reloads from the first page with the new filters
    }

    public void clear() {
        text = null;
        theme = null;
        state = null;
        clearFilters();
    }

    public StreamedContent getCsv() {
        return TableDownload.csv(name, this::headers, this::rows);
    }

    public StreamedContent getXlsx() {
        return TableDownload.xlsx(name, name + ".title", this::headers, this::rows);
    }

    public StreamedContent getPdf() {
        return TableDownload.pdf(name, name + ".title", this::headers, this::rows);
    }

    private List<List<Object>> rows() {
        return rows(Messages.currentLocale());
    }

    /** What the filters select, up to 1000 rows, as the downloads show it. */
    List<List<Object>> rows(Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (V view : page(0, EXPORT_MAX, null, false).items()) {
            rows.add(row(view, locale));
        }
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
