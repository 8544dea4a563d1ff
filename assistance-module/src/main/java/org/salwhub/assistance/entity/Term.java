package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.registry.api.kernel.LocalizedText;

/** An entry of one of the assistance vocabularies, identified by its code. */
@Entity
@Table(name = "asst_term")
@NamedQuery(name = "Term.ofKind", query = "SELECT t FROM Term t WHERE t.kind = :kind ORDER BY t.sortOrder, t.code")
@NamedQuery(name = "Term.all", query = "SELECT t FROM Term t ORDER BY t.kind, t.sortOrder, t.code")
public class Term {

    public static final int LABEL_MAX = 200;

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermKind kind;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    private String labelEn;

    @Column(name = "label_fr", length = LABEL_MAX)
    private String labelFr;

    @Column(name = "label_ar", length = LABEL_MAX)
    private String labelAr;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Term() {
    }

    public Term(String code, TermKind kind, LocalizedText label, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        relabel(label, sortOrder, true);
    }

    public void relabel(LocalizedText label, int sortOrder, boolean active) {
        this.labelEn = label.en().trim();
        this.labelFr = blankToNull(label.fr());
        this.labelAr = blankToNull(label.ar());
        this.sortOrder = sortOrder;
        this.active = active;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String code() {
        return code;
    }

    public TermKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public TermView view() {
        return new TermView(code, kind, new LocalizedText(labelEn, labelFr, labelAr), sortOrder, active, version);
    }
}
