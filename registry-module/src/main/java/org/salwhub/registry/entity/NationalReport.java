package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleId;

/**
 * A State's national report on one instrument in one reporting cycle: whether it was submitted, when, and
 * where to find it (a link, or a reference to an attached file). One per State, cycle and instrument.
 */
@Entity
@Table(name = "reg_national_report")
@NamedQuery(name = "NationalReport.find", query = "SELECT r FROM NationalReport r WHERE r.stateId = :state"
        + " AND r.cycleId = :cycle AND r.instrument = :instrument")
@NamedQuery(name = "NationalReport.submittedStates", query = "SELECT r.stateId FROM NationalReport r"
        + " WHERE r.cycleId = :cycle AND r.instrument = :instrument AND r.submitted = TRUE")
public class NationalReport {

    public static final int LINK_MAX = 500;
    public static final int DOCUMENT_MAX = 255;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(name = "cycle_id", nullable = false, length = 36)
    private String cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private ReportInstrument instrument;

    @Column(nullable = false)
    private boolean submitted;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "link_url", length = LINK_MAX)
    private String link;

    @Column(name = "document_ref", length = DOCUMENT_MAX)
    private String documentReference;

    @Version
    private long version;

    protected NationalReport() {
    }

    public NationalReport(NationalReportId id, UUID stateId, ReportingCycleId cycleId, ReportInstrument instrument) {
        this.id = id.toString();
        this.stateId = Objects.requireNonNull(stateId).toString();
        this.cycleId = cycleId.toString();
        this.instrument = Objects.requireNonNull(instrument);
    }

    /**
     * What is wrong with an entry on {@code today}: a submitted report needs its date of submission, which
     * cannot be in the future; a report not submitted has none; the link is an absolute http or https address.
     */
    public static List<FieldError> check(ReportEntry entry, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.submitted() && entry.submittedOn() == null) {
            errors.add(FieldError.of("submittedOn", "required"));
        }
        if (!entry.submitted() && entry.submittedOn() != null) {
            errors.add(FieldError.of("submittedOn", "report.notSubmitted"));
        }
        if (entry.submittedOn() != null && entry.submittedOn().isAfter(today)) {
            errors.add(FieldError.of("submittedOn", "date.future"));
        }
        String link = blankToNull(entry.link());
        if (link != null && link.length() > LINK_MAX) {
            errors.add(FieldError.of("link", "tooLong", LINK_MAX));
        } else if (link != null && !isWebAddress(link)) {
            errors.add(FieldError.of("link", "url.format"));
        }
        String document = blankToNull(entry.documentReference());
        if (document != null && document.length() > DOCUMENT_MAX) {
            errors.add(FieldError.of("documentReference", "tooLong", DOCUMENT_MAX));
        }
        return errors;
    }

    /** An absolute http or https address with a host: no javascript:, file: or relative links. */
    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Takes a checked entry (see {@link #check}). */
    public void record(ReportEntry entry) {
        if (entry.submitted() && entry.submittedOn() == null) {
            throw new IllegalArgumentException("a submitted report has a date of submission");
        }
        this.submitted = entry.submitted();
        this.submittedOn = entry.submitted() ? entry.submittedOn() : null;
        this.link = blankToNull(entry.link());
        this.documentReference = blankToNull(entry.documentReference());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String id() {
        return id;
    }

    public UUID stateId() {
        return UUID.fromString(stateId);
    }

    public String cycleId() {
        return cycleId;
    }

    public ReportInstrument instrument() {
        return instrument;
    }

    public boolean submitted() {
        return submitted;
    }

    public long version() {
        return version;
    }

    public NationalReportView view(String cycleCode, int declaredNeeds) {
        return new NationalReportView(NationalReportId.of(id), StateId.of(stateId), ReportingCycleId.of(cycleId),
                cycleCode, instrument, submitted, submittedOn, link, documentReference, declaredNeeds, version);
    }
}
