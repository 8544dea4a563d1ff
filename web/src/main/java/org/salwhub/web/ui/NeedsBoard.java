package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.web.export.TableExport;
import org.salwhub.web.i18n.Messages;

/**
 * The needs board: every need the viewer may see, filtered by theme, State, subregion and status; with
 * {@code mine} the focal point's "My requests". Exports what the filters select.
 */
@Named
@ViewScoped
public class NeedsBoard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 1000;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    private String text;
    private String theme;
    private String state;
    private Subregion subregion;
    private NeedStatus status;
    private boolean mine;
    private final PagedModel<NeedView> needs = new PagedModel<>(
            (first, size, sort, ascending) -> assistance.needs(query(first, size, sort, ascending)),
            row -> row.id().toString());

    NeedQuery query(int first, int max, String sort, boolean ascending) {
        return new NeedQuery(blank(text), blank(theme), names.stateByIso(state), subregion, status, mine, sort,
                ascending, first, max);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public void search() {
        // the lazy table reloads from the first page with the new filters
    }

    public void clear() {
        text = null;
        theme = null;
        state = null;
        subregion = null;
        status = null;
    }

    public StreamedContent getCsv() {
        return TableDownload.csv("needs", this::headers, this::rows);
    }

    public StreamedContent getXlsx() {
        return TableDownload.xlsx("needs", "needs.title", this::headers, this::rows);
    }

    public StreamedContent getPdf() {
        return TableDownload.pdf("needs", "needs.title", this::headers, this::rows);
    }

    private List<String> headers() {
        return TableDownload.headers("needs.col.title", "needs.col.state", "needs.col.themes", "needs.col.types", "needs.col.lines",
                        "needs.col.cost", "needs.col.currency", "needs.col.priority", "needs.col.from", "needs.col.to",
                        "needs.col.status", "needs.col.published");
    }

    private List<List<Object>> rows() {
        Locale locale = Messages.currentLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (NeedView n : assistance.needs(query(0, EXPORT_MAX, null, false)).items()) {
            List<Object> row = new ArrayList<>();
            row.add(n.title());
            row.add(names.state(n.stateId()));
            row.add(names.terms(n.themes()));
            row.add(names.terms(n.assistanceTypes()));
            row.add(String.join("; ", n.lines().stream().map(l -> l.quantity() + " × " + names.term(l.itemCode())
                    + " (" + l.remaining() + ")").toList()));
            row.add(n.estimatedCost());
            row.add(n.currency());
            row.add(Messages.text(locale, "priority." + n.priority()));
            row.add(n.periodFrom());
            row.add(n.periodTo());
            row.add(Messages.text(locale, "needStatus." + n.status()));
            row.add(n.publishedOn());
            rows.add(row);
        }
        return rows;
    }

    public NeedStatus[] getStatuses() {
        return NeedStatus.values();
    }

    public LazyDataModel<NeedView> getNeeds() {
        return needs;
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

    public Subregion getSubregion() {
        return subregion;
    }

    public void setSubregion(Subregion subregion) {
        this.subregion = subregion;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
