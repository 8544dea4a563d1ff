package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/** A planned deliverable line and how far it got: delivered, installed, operational; trainees by sex. */
@Entity
@Table(name = "asst_prj_deliverable")
public class ProjectDeliverable {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "item_code", length = 40)
    private String itemCode;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false)
    private int planned;
    @Column(nullable = false)
    private int delivered;
    @Column(nullable = false)
    private int installed;
    @Column(nullable = false)
    private int operational;
    @Column(name = "trainees_female", nullable = false)
    private int traineesFemale;
    @Column(name = "trainees_male", nullable = false)
    private int traineesMale;

    @Version
    private long version;

    protected ProjectDeliverable() {
    }

    ProjectDeliverable(Project project, int lineNo, ProjectDeliverableInput in) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        this.lineNo = lineNo;
        record(in);
    }

    /** Counts are not negative; installed ≤ delivered; operational ≤ installed. */
    void record(ProjectDeliverableInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.description() == null || in.description().isBlank()) {
            errors.add(FieldError.of("description", "required"));
        } else if (in.description().trim().length() > 500) {
            errors.add(FieldError.of("description", "tooLong", 500));
        }
        if (in.planned() < 0 || in.delivered() < 0 || in.installed() < 0 || in.operational() < 0
                || in.traineesFemale() < 0 || in.traineesMale() < 0) {
            errors.add(FieldError.of("planned", "project.deliverable.negative"));
        }
        if (in.installed() > in.delivered()) {
            errors.add(FieldError.of("installed", "project.deliverable.installedOverDelivered"));
        }
        if (in.operational() > in.installed()) {
            errors.add(FieldError.of("operational", "project.deliverable.operationalOverInstalled"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.itemCode = Texts.clean(in.itemCode());
        this.description = in.description().trim();
        this.planned = in.planned();
        this.delivered = in.delivered();
        this.installed = in.installed();
        this.operational = in.operational();
        this.traineesFemale = in.traineesFemale();
        this.traineesMale = in.traineesMale();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    int lineNo() {
        return lineNo;
    }

    public ProjectDeliverableView view() {
        return new ProjectDeliverableView(UUID.fromString(id), itemCode, description, planned, delivered, installed,
                operational, traineesFemale, traineesMale, version);
    }
}
