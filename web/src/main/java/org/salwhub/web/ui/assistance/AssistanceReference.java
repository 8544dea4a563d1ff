package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.RowEditEvent;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.ExchangeRateView;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.TableDownload;

/** Staff maintain the assistance vocabularies (labels in three languages, order, in use) and the exchange rates. */
@Named
@ViewScoped
public class AssistanceReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    FacesErrors errors;

    /** A term as a table row edits it. */
    public static class TermRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final long version;
        private String labelEn;
        private String labelFr;
        private String labelAr;
        private int sortOrder;
        private boolean active;

        TermRow(TermView t) {
            code = t.code();
            version = t.version();
            labelEn = t.label().en();
            labelFr = t.label().fr();
            labelAr = t.label().ar();
            sortOrder = t.sortOrder();
            active = t.active();
        }

        public String getCode() { return code; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String v) { labelEn = v; }
        public String getLabelFr() { return labelFr; }
        public void setLabelFr(String v) { labelFr = v; }
        public String getLabelAr() { return labelAr; }
        public void setLabelAr(String v) { labelAr = v; }
        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int v) { sortOrder = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
    }

    /** A rate as a table row edits it. */
    public static class RateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String currency;
        private long version;
        private BigDecimal unitsPerUsd;
        private LocalDate asOf;

        RateRow(ExchangeRateView r) {
            currency = r.currency();
            version = r.version();
            unitsPerUsd = r.unitsPerUsd();
            asOf = r.asOf();
        }

        public String getCurrency() { return currency; }
        public BigDecimal getUnitsPerUsd() { return unitsPerUsd; }
        public void setUnitsPerUsd(BigDecimal v) { unitsPerUsd = v; }
        public LocalDate getAsOf() { return asOf; }
    }

    private TermKind kind = TermKind.THEME;
    private List<TermRow> terms;
    private List<RateRow> rates;
    private String newCurrency;
    private BigDecimal newRate;

    public List<TermRow> getTerms() {
        if (terms == null) {
            terms = new ArrayList<>(reference.terms(kind, true).stream().map(TermRow::new).toList());
        }
        return terms;
    }

    public List<RateRow> getRates() {
        if (rates == null) {
            rates = new ArrayList<>(reference.exchangeRates().stream().map(RateRow::new).toList());
        }
        return rates;
    }

    public org.primefaces.model.StreamedContent getTermsCsv() {
        return TableDownload.csv(termsFile(), this::termHeaders, this::termRows);
    }

    public org.primefaces.model.StreamedContent getTermsXlsx() {
        return TableDownload.xlsx(termsFile(), "reference.vocabularies", this::termHeaders, this::termRows);
    }

    public org.primefaces.model.StreamedContent getRatesCsv() {
        return TableDownload.csv("exchange-rates", this::rateHeaders, this::rateRows);
    }

    public org.primefaces.model.StreamedContent getRatesXlsx() {
        return TableDownload.xlsx("exchange-rates", "reference.rates", this::rateHeaders, this::rateRows);
    }

    private String termsFile() {
        return "vocabulary-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private List<String> termHeaders() {
        return TableDownload.headers("reference.code", "language.en", "language.fr", "language.ar", "reference.inUse");
    }

    /** What is saved, read again at download time (not rows being edited). */
    private List<List<Object>> termRows() {
        java.util.Locale locale = org.salwhub.web.i18n.Messages.currentLocale();
        return reference.terms(kind, true).stream().map(t -> List.<Object>of(t.code(), t.label().en(),
                t.label().fr(), t.label().ar(), org.salwhub.web.i18n.Messages.text(locale,
                        t.active() ? "export.yes" : "export.no"))).toList();
    }

    private List<String> rateHeaders() {
        return TableDownload.headers("needs.col.currency", "reference.unitsPerUsd", "reference.asOf");
    }

    private List<List<Object>> rateRows() {
        return reference.exchangeRates().stream().map(r -> List.<Object>of(r.currency(), r.unitsPerUsd(),
                r.asOf())).toList();
    }

    public void kindChanged() {
        terms = null;
    }

    public void saveTerm(RowEditEvent<TermRow> event) {
        TermRow row = event.getObject();
        if (errors.attempt(() -> reference.updateTerm(row.code, new LocalizedText(row.labelEn, row.labelFr, row.labelAr),
                row.sortOrder, row.active, row.version), Map.of())) {
            Messages.info("reference.saved");
        }
        terms = null;
    }

    public void saveRate(RowEditEvent<RateRow> event) {
        RateRow row = event.getObject();
        if (errors.attempt(() -> reference.saveExchangeRate(row.currency, row.unitsPerUsd, LocalDate.now(),
                row.version), Map.of())) {
            Messages.info("reference.saved");
        }
        rates = null;
    }

    public void addRate() {
        if (errors.attempt(() -> reference.saveExchangeRate(newCurrency, newRate, LocalDate.now(), 0),
                Map.of("currency", "rateForm:newCurrency", "unitsPerUsd", "rateForm:newRate"))) {
            Messages.info("reference.saved");
            newCurrency = null;
            newRate = null;
        }
        rates = null;
    }

    public TermKind[] getKinds() {
        return TermKind.values();
    }

    public TermKind getKind() { return kind; }
    public void setKind(TermKind kind) { this.kind = kind; }
    public String getNewCurrency() { return newCurrency; }
    public void setNewCurrency(String v) { newCurrency = v; }
    public BigDecimal getNewRate() { return newRate; }
    public void setNewRate(BigDecimal v) { newRate = v; }
}
