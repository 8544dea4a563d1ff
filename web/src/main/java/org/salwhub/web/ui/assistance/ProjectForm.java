package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/** Staff enter or change a project's record; links, money and delivery are edited on the project page. */
@Named
@ViewScoped
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFacade projects;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    private String id;
    private ProjectView existing;
    private String iatiIdentifier;
    private String titleEn;
    private String titleFr;
    private String titleAr;
    private String descriptionEn;
    private String descriptionFr;
    private String descriptionAr;
    private List<String> states = new ArrayList<>();
    private List<String> funders = new ArrayList<>();
    private String implementer;
    private List<String> themes = new ArrayList<>();
    private ProjectGenderMarker genderMarker = ProjectGenderMarker.NOT_TARGETED;
    private boolean confidential;
    private LocalDate plannedStart = LocalDate.now();
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;

    public void load() {
        if (id == null || id.isBlank()) {
            iatiIdentifier = "XI-SALWHUB-" + LocalDate.now().getYear() + "-"
                    + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            return;
        }
        try {
            existing = projects.project(ProjectId.of(id));
        } catch (NotFoundException | IllegalArgumentException e) {
            existing = null;
            return;
        }
        ProjectDraft d = new ProjectDraft(existing.iatiIdentifier(), existing.title().en(), existing.title().fr(),
                existing.title().ar(), null, null, null, Set.of(), List.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, false, null, null, null, null, null);
        iatiIdentifier = d.iatiIdentifier();
        titleEn = d.titleEn();
        titleFr = d.titleFr();
        titleAr = d.titleAr();
        if (existing.description() != null) {
            descriptionEn = existing.description().en();
            descriptionFr = existing.description().fr();
            descriptionAr = existing.description().ar();
        }
        states = existing.recipientStates().stream().map(s -> registry.state(new org.salwhub.registry.api.StateId(s))
                .map(StateView::iso2).orElse(null)).filter(Objects::nonNull).collect(Collectors.toList());
        funders = existing.participants().stream().filter(p -> p.role() == ProjectOrgRole.FUNDING
                        && p.organisationId() != null)
                .map(p -> registry.organisation(new org.salwhub.registry.api.OrganisationId(p.organisationId()))
                        .map(o -> o.acronym()).orElse(null)).filter(Objects::nonNull).collect(Collectors.toList());
        implementer = existing.participants().stream().filter(p -> p.role() == ProjectOrgRole.IMPLEMENTING)
                .map(ProjectParticipant::name).filter(Objects::nonNull).findFirst().orElse(null);
        themes = new ArrayList<>(existing.themes());
        genderMarker = existing.genderMarker();
        confidential = existing.confidential();
        plannedStart = existing.plannedStart();
        plannedEnd = existing.plannedEnd();
        actualStart = existing.actualStart();
        actualEnd = existing.actualEnd();
    }

    private ProjectDraft draft() {
        List<ProjectParticipant> parties = new ArrayList<>();
        for (String acronym : funders) {
            registry.organisationByAcronym(acronym).ifPresent(o -> parties.add(new ProjectParticipant(o.id().value(),
                    null, null, ProjectOrgRole.FUNDING)));
        }
        if (existing != null) {
            existing.participants().stream().filter(p -> p.role() != ProjectOrgRole.FUNDING
                    && !(p.role() == ProjectOrgRole.IMPLEMENTING && p.organisationId() == null)).forEach(parties::add);
        }
        if (implementer != null && !implementer.isBlank()) {
            parties.add(new ProjectParticipant(null, implementer.trim(), null, ProjectOrgRole.IMPLEMENTING));
        }
        Set<UUID> recipients = states.stream().map(iso -> registry.stateByIsoCode(iso).map(s -> s.id().value())
                .orElse(null)).filter(Objects::nonNull).collect(Collectors.toSet());
        return new ProjectDraft(iatiIdentifier, titleEn, titleFr, titleAr, descriptionEn, descriptionFr,
                descriptionAr, recipients, parties, existing == null ? Set.of() : existing.needIds(),
                existing == null ? Set.of() : existing.offerIds(), existing == null ? Set.of() : existing.matchIds(),
                Set.copyOf(themes), genderMarker, confidential, plannedStart, plannedEnd, actualStart, actualEnd,
                existing == null ? null : existing.lessonsLearned());
    }

    public String save() {
        ProjectView[] saved = new ProjectView[1];
        Map<String, String> fields = Map.of("iatiIdentifier", "projectEdit:identifier", "titleEn", "projectEdit:titleEn",
                "descriptionEn", "projectEdit:descriptionEn", "recipientStates", "projectEdit:states",
                "participants", "projectEdit:funders", "plannedStart", "projectEdit:plannedStart",
                "plannedEnd", "projectEdit:plannedEnd", "actualStart", "projectEdit:actualStart",
                "actualEnd", "projectEdit:actualEnd");
        boolean ok = errors.attempt(() -> saved[0] = existing == null ? projects.createProject(draft())
                : projects.updateProject(existing.id(), draft(), existing.version()), fields);
        if (!ok) {
            return null;
        }
        Messages.info("project.saved");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/projects/project?faces-redirect=true&id=" + saved[0].id();
    }

    public ProjectGenderMarker[] getGenderMarkers() {
        return ProjectGenderMarker.values();
    }

    public boolean isCreating() {
        return existing == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getIatiIdentifier() {
        return iatiIdentifier;
    }

    public void setIatiIdentifier(String iatiIdentifier) {
        this.iatiIdentifier = iatiIdentifier;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states;
    }

    public List<String> getFunders() {
        return funders;
    }

    public void setFunders(List<String> funders) {
        this.funders = funders;
    }

    public String getImplementer() {
        return implementer;
    }

    public void setImplementer(String implementer) {
        this.implementer = implementer;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public ProjectGenderMarker getGenderMarker() {
        return genderMarker;
    }

    public void setGenderMarker(ProjectGenderMarker genderMarker) {
        this.genderMarker = genderMarker;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }
}
