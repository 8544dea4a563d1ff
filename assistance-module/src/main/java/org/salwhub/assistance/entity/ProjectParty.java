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
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;

/** A participating organisation of a project, in a role. */
@Entity
@Table(name = "asst_prj_party")
public class ProjectParty {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(length = 300)
    private String name;

    @Column(name = "iati_ref", length = 100)
    private String iatiRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_role", nullable = false, length = 20)
    private ProjectOrgRole role;

    @Version
    private long version;

    protected ProjectParty() {
    }

    ProjectParty(Project project, int lineNo, ProjectParticipant p) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        this.lineNo = lineNo;
        this.organisationId = p.organisationId() == null ? null : p.organisationId().toString();
        this.name = Texts.clean(p.name());
        this.iatiRef = Texts.clean(p.iatiRef());
        this.role = p.role();
    }

    int lineNo() {
        return lineNo;
    }

    public ProjectParticipant view() {
        return new ProjectParticipant(organisationId == null ? null : UUID.fromString(organisationId), name, iatiRef,
                role);
    }
}
