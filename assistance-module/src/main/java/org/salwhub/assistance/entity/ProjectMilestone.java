package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectMilestoneView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/** A milestone or a report due on a date; done (reached or submitted) on another. */
@Entity
@Table(name = "asst_prj_milestone")
public class ProjectMilestone {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectMilestoneKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 2000)
    private String note;

    @Version
    private long version;

    protected ProjectMilestone() {
    }

    ProjectMilestone(Project project, ProjectMilestoneInput in) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        record(in);
    }

    void record(ProjectMilestoneInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.kind() == null) {
            errors.add(FieldError.of("kind", "required"));
        }
        Texts.required(errors, "title", in.title(), 300);
        Texts.max(errors, "note", in.note(), 2000);
        if (in.dueOn() == null) {
            errors.add(FieldError.of("dueOn", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.kind = in.kind();
        this.title = in.title().trim();
        this.dueOn = in.dueOn();
        this.doneOn = in.doneOn();
        this.note = Texts.clean(in.note());
    }

    public String id() {
        return id;
    }

    public ProjectMilestoneKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public ProjectMilestoneView view(LocalDate today) {
        return new ProjectMilestoneView(UUID.fromString(id), kind, title, dueOn, doneOn, note, isOverdue(today),
                version);
    }
}
