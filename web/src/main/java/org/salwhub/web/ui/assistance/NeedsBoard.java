package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.TableDownload;

/**
 * The needs board: every need the viewer may see, filtered by theme, State, subregion and status; with
 * {@code mine} the focal point's "My requests". Exports what the filters select.
 */
@Named
@ViewScoped
public class NeedsBoard extends AssistanceBoard<NeedView> {

    private static final long serialVersionUID = 1L;

    private Subregion subregion;
    private NeedStatus status;

    public NeedsBoard() {
        super("needs");
    }

    NeedQuery query(int first, int max, String sort, boolean ascending) {
        return new NeedQuery(blank(getText()), blank(getTheme()), names.stateByIso(getState()), subregion, status,
                isMine(), sort, ascending, first, max);
    }

    @Override
    Page<NeedView> page(int first, int max, String sort, boolean ascending) {
        return assistance.needs(query(first, max, sort, ascending));
    }

    @Override
    String key(NeedView row) {
        return row.id().toString();
    }

    @Override
    void clearFilters() {
        subregion = null;
        status = null;
    }

    @Override
    List<String> headers() {
        return TableDownload.headers("needs.col.title", "needs.col.state", "needs.col.themes", "needs.col.types", "needs.col.lines",
                        "needs.col.cost", "needs.col.currency", "needs.col.priority", "needs.col.from", "needs.col.to",
                        "needs.col.status", "needs.col.published");
    }

    @Override
    List<Object> row(NeedView n, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(n.title());
        row.add(names.state(n.stateId()));
        row.add(names.terms(n.themes()));
        row.add(names.terms(n.assistanceTypes()));
        row.add(lines(n.lines()));
        row.add(n.estimatedCost());
        row.add(n.currency());
        row.add(Messages.text(locale, "priority." + n.priority()));
        row.add(n.periodFrom());
        row.add(n.periodTo());
        row.add(Messages.text(locale, "needStatus." + n.status()));
        row.add(n.publishedOn());
        return row;
    }

    public NeedStatus[] getStatuses() {
        return NeedStatus.values();
    }

    public LazyDataModel<NeedView> getNeeds() {
        return model();
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
}
