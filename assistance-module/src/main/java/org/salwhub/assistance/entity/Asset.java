package org.salwhub.assistance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * An equipment asset delivered by a project (a marking machine, an engraver): where it is, who holds it, whether
 * it works, its maintenance log and trained operators. Each save or log entry is a report on it; an asset without
 * one for the configured period is stale.
 */
@Entity
@Table(name = "asst_prj_asset")
@NamedQuery(name = "Asset.ofProject", query = "SELECT a FROM Asset a WHERE a.projectId = :project"
        + " ORDER BY a.serialNumber")
@NamedQuery(name = "Asset.all", query = "SELECT a FROM Asset a ORDER BY a.lastReportedOn, a.serialNumber")
public class Asset {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "project_id", nullable = false, length = 36)
    private String projectId;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(nullable = false, length = 200)
    private String model;

    @Column(name = "equipment_type", length = 40)
    private String equipmentType;

    @Column(name = "custodian_agency", nullable = false, length = 300)
    private String custodianAgency;

    @Column(nullable = false, length = 300)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetStatus status;

    @Column(name = "trained_operators", nullable = false)
    private int trainedOperators;

    @Column(name = "last_reported_on", nullable = false)
    private LocalDate lastReportedOn;

    @OneToMany(mappedBy = "asset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("loggedOn DESC")
    private List<AssetLog> log = new ArrayList<>();

    @Version
    private long version;

    protected Asset() {
    }

    public Asset(String projectId, AssetInput in, LocalDate today) {
        this.id = UUID.randomUUID().toString();
        this.projectId = projectId;
        report(in, today);
    }

    public void report(AssetInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Texts.required(errors, "serialNumber", in.serialNumber(), 100);
        Texts.required(errors, "model", in.model(), 200);
        Texts.required(errors, "custodianAgency", in.custodianAgency(), 300);
        Texts.required(errors, "location", in.location(), 300);
        if (in.stateId() == null) {
            errors.add(FieldError.of("stateId", "required"));
        }
        if (in.trainedOperators() < 0) {
            errors.add(FieldError.of("trainedOperators", "project.deliverable.negative"));
        }
        if (in.reportedOn() != null && in.reportedOn().isAfter(today)) {
            errors.add(FieldError.of("reportedOn", "project.asset.future"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.serialNumber = in.serialNumber().trim();
        this.model = in.model().trim();
        this.equipmentType = Texts.clean(in.equipmentType());
        this.stateId = in.stateId().toString();
        this.custodianAgency = in.custodianAgency().trim();
        this.location = in.location().trim();
        this.status = in.status() == null ? AssetStatus.OPERATIONAL : in.status();
        this.trainedOperators = in.trainedOperators();
        this.lastReportedOn = in.reportedOn() == null ? today : in.reportedOn();
    }

    public void logMaintenance(AssetLogEntry entry, String by, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Texts.required(errors, "note", entry == null ? null : entry.note(), 2000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate on = entry.date() == null ? today : entry.date();
        log.add(new AssetLog(this, on, entry.note().trim(), by));
        if (!on.isBefore(lastReportedOn) && !on.isAfter(today)) {
            lastReportedOn = on;
        }
    }

    public boolean isStale(LocalDate today, int months) {
        return lastReportedOn.isBefore(today.minusMonths(months));
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public UUID stateId() {
        return UUID.fromString(stateId);
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long version() {
        return version;
    }

    public AssetView view(String projectTitle, LocalDate today, int months) {
        return new AssetView(UUID.fromString(id), ProjectId.of(projectId), projectTitle, serialNumber, model,
                equipmentType, stateId(), custodianAgency, location, status, trainedOperators, lastReportedOn,
                isStale(today, months), log.stream().map(AssetLog::view).toList(), version);
    }
}
