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
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.web.export.TableExport;
import org.salwhub.web.i18n.Messages;

/**
 * The offers board: every offer the viewer may see (another donor's drafts never), filtered by theme, donor,
 * eligible State and status; with {@code mine} the donor's "My offers". Exports what the filters select.
 */
@Named
@ViewScoped
public class OffersBoard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 1000;

    @Inject
    AssistanceFacade assistance;

    @Inject
    AssistanceNames names;

    private String text;
    private String theme;
    private String state;
    private String organisation;
    private OfferStatus status;
    private boolean mine;
    private final PagedModel<OfferView> offers = new PagedModel<>(
            (first, size, sort, ascending) -> assistance.offers(query(first, size, sort, ascending)),
            row -> row.id().toString());

    OfferQuery query(int first, int max, String sort, boolean ascending) {
        return new OfferQuery(blank(text), blank(theme), organisation == null || organisation.isBlank() ? null
                : java.util.UUID.fromString(organisation), names.stateByIso(state), status, mine, sort, ascending, first,
                max);
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
        organisation = null;
        status = null;
    }

    public StreamedContent getCsv() {
        return TableDownload.csv("offers", this::headers, this::rows);
    }

    public StreamedContent getXlsx() {
        return TableDownload.xlsx("offers", "offers.title", this::headers, this::rows);
    }

    public StreamedContent getPdf() {
        return TableDownload.pdf("offers", "offers.title", this::headers, this::rows);
    }

    private List<String> headers() {
        return TableDownload.headers("offers.col.title", "offers.col.donor", "needs.col.themes", "needs.col.types",
                        "offers.col.lines", "offers.col.budget", "needs.col.currency", "offers.col.committed",
                        "offers.col.from", "offers.col.to", "needs.col.status", "offers.col.languages");
    }

    private List<List<Object>> rows() {
        Locale locale = Messages.currentLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (OfferView n : assistance.offers(query(0, EXPORT_MAX, null, false)).items()) {
            List<Object> row = new ArrayList<>();
            row.add(n.title());
            row.add(names.organisation(n.organisationId()));
            row.add(names.terms(n.themes()));
            row.add(names.terms(n.assistanceTypes()));
            row.add(String.join("; ", n.lines().stream().map(l -> l.quantity() + " × " + names.term(l.itemCode())
                    + " (" + l.remaining() + ")").toList()));
            row.add(n.budget());
            row.add(n.currency());
            row.add(n.committedBudget());
            row.add(n.validFrom());
            row.add(n.validTo());
            row.add(Messages.text(locale, "offerStatus." + n.status()));
            row.add(names.languages(n.languages()));
            rows.add(row);
        }
        return rows;
    }

    public OfferStatus[] getStatuses() {
        return OfferStatus.values();
    }

    public LazyDataModel<OfferView> getOffers() {
        return offers;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public void setStatus(OfferStatus status) {
        this.status = status;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
