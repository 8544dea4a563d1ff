package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.TableDownload;

/**
 * The offers board: every offer the viewer may see (another donor's drafts never), filtered by theme, donor,
 * eligible State and status; with {@code mine} the donor's "My offers". Exports what the filters select.
 */
@Named
@ViewScoped
public class OffersBoard extends AssistanceBoard<OfferView> {

    private static final long serialVersionUID = 1L;

    private String organisation;
    private OfferStatus status;

    public OffersBoard() {
        super("offers");
    }

    OfferQuery query(int first, int max, String sort, boolean ascending) {
        return new OfferQuery(blank(getText()), blank(getTheme()), organisation == null || organisation.isBlank() ? null
                : java.util.UUID.fromString(organisation), names.stateByIso(getState()), status, isMine(), sort,
                ascending, first, max);
    }

    @Override
    Page<OfferView> page(int first, int max, String sort, boolean ascending) {
        return assistance.offers(query(first, max, sort, ascending));
    }

    @Override
    String key(OfferView row) {
        return row.id().toString();
    }

    @Override
    void clearFilters() {
        organisation = null;
        status = null;
    }

    @Override
    List<String> headers() {
        return TableDownload.headers("offers.col.title", "offers.col.donor", "needs.col.themes", "needs.col.types",
                        "offers.col.lines", "offers.col.budget", "needs.col.currency", "offers.col.committed",
                        "offers.col.from", "offers.col.to", "needs.col.status", "offers.col.languages");
    }

    @Override
    List<Object> row(OfferView n, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(n.title());
        row.add(names.organisation(n.organisationId()));
        row.add(names.terms(n.themes()));
        row.add(names.terms(n.assistanceTypes()));
        row.add(lines(n.lines()));
        row.add(n.budget());
        row.add(n.currency());
        row.add(n.committedBudget());
        row.add(n.validFrom());
        row.add(n.validTo());
        row.add(Messages.text(locale, "offerStatus." + n.status()));
        row.add(names.languages(n.languages()));
        return row;
    }

    public OfferStatus[] getStatuses() {
        return OfferStatus.values();
    }

    public LazyDataModel<OfferView> getOffers() {
        return model();
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
}
