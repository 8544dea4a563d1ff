package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportingCycleId;

/**
 * An assistance need a national report declares. The assistance module turns it into a draft need and the
 * need keeps the link ({@code draftNeedId}); from then on it can be corrected but no longer removed.
 */
@Entity
@Table(name = "reg_declared_need")
@NamedQuery(name = "DeclaredNeed.ofReport", query = "SELECT n FROM DeclaredNeed n WHERE n.reportId = :report"
        + " ORDER BY n.sortOrder")
public class DeclaredNeed {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int AREA_MAX = 120;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "report_id", nullable = false, length = 36)
    private String reportId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "thematic_area", length = AREA_MAX)
    private String thematicArea;

    @Column(name = "draft_need_id", length = 36)
    private String draftNeedId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected DeclaredNeed() {
    }

    public DeclaredNeed(DeclaredNeedId id, NationalReportId report, int sortOrder, NeedEntry entry) {
        this.id = id.toString();
        this.reportId = report.toString();
        this.sortOrder = sortOrder;
        describe(entry);
    }

    /** A need has a title; every text has a maximum length. */
    public static List<FieldError> check(NeedEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        String title = NationalReport.blankToNull(entry.title());
        if (title == null) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of("title", "tooLong", TITLE_MAX));
        }
        String description = NationalReport.blankToNull(entry.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", "tooLong", DESCRIPTION_MAX));
        }
        String area = NationalReport.blankToNull(entry.thematicArea());
        if (area != null && area.length() > AREA_MAX) {
            errors.add(FieldError.of("thematicArea", "tooLong", AREA_MAX));
        }
        return errors;
    }

    /** Takes a checked entry (see {@link #check}). */
    public void describe(NeedEntry entry) {
        String newTitle = NationalReport.blankToNull(entry.title());
        if (newTitle == null) {
            throw new IllegalArgumentException("a declared need has a title");
        }
        this.title = newTitle;
        this.description = NationalReport.blankToNull(entry.description());
        this.thematicArea = NationalReport.blankToNull(entry.thematicArea());
    }

    /**
     * Records the draft need the assistance module made from this need. Linking again to the same draft
     * changes nothing; a need already linked to another draft keeps its link.
     */
    public boolean linkTo(UUID draftNeed) {
        Objects.requireNonNull(draftNeed, "draftNeed");
        if (draftNeed.toString().equals(draftNeedId)) {
            return false;
        }
        if (draftNeedId != null) {
            throw new IllegalStateException("already linked to draft need " + draftNeedId);
        }
        this.draftNeedId = draftNeed.toString();
        return true;
    }

    public boolean isOpen() {
        return draftNeedId == null;
    }

    public String id() {
        return id;
    }

    public String reportId() {
        return reportId;
    }

    public long version() {
        return version;
    }

    public DeclaredNeedView view(NationalReport report, String cycleCode) {
        return new DeclaredNeedView(DeclaredNeedId.of(id), NationalReportId.of(reportId),
                new StateId(report.stateId()), ReportingCycleId.of(report.cycleId()), cycleCode, report.instrument(),
                title, description, thematicArea, draftNeedId == null ? null : UUID.fromString(draftNeedId), version);
    }
}
