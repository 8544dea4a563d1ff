package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.reporting.ReportingCycleId;
import org.salwhub.registry.api.reporting.ReportingCycleView;

/**
 * A round of biennial national reports, with the deadline the regional centre set ahead of the meeting it
 * feeds (a Biennial Meeting of States or a Review Conference). Seeded by migration V8.
 */
@Entity
@Table(name = "reg_reporting_cycle")
@NamedQuery(name = "ReportingCycle.all", query = "SELECT c FROM ReportingCycle c ORDER BY c.deadline DESC")
@NamedQuery(name = "ReportingCycle.byCode", query = "SELECT c FROM ReportingCycle c WHERE c.code = :code")
public class ReportingCycle {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "cycle_year", nullable = false)
    private int year;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "title_fr", length = 200)
    private String titleFr;

    @Column(name = "title_ar", length = 200)
    private String titleAr;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "meeting_ref", length = 300)
    private String meetingReference;

    @Version
    private long version;

    protected ReportingCycle() {
    }

    public ReportingCycle(ReportingCycleId id, String code, int year, LocalizedText title, LocalDate deadline,
                          String meetingReference) {
        this.id = id.toString();
        this.code = Objects.requireNonNull(code);
        this.year = year;
        this.titleEn = title.en();
        this.titleFr = title.fr();
        this.titleAr = title.ar();
        this.deadline = Objects.requireNonNull(deadline);
        this.meetingReference = meetingReference;
    }

    /**
     * The cycle States report in on {@code today}: the earliest deadline on or after today minus the grace
     * period (late reports still count for a cycle until then); when every deadline is older, the latest.
     */
    public static Optional<ReportingCycle> current(Collection<ReportingCycle> cycles, LocalDate today, int graceMonths) {
        LocalDate cutoff = today.minusMonths(graceMonths);
        Comparator<ReportingCycle> byDeadline = Comparator.comparing(ReportingCycle::deadline);
        return cycles.stream().filter(c -> !c.deadline.isBefore(cutoff)).min(byDeadline)
                .or(() -> cycles.stream().max(byDeadline));
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ReportingCycleView view() {
        return new ReportingCycleView(ReportingCycleId.of(id), code, year, new LocalizedText(titleEn, titleFr, titleAr),
                deadline, meetingReference, version);
    }
}
