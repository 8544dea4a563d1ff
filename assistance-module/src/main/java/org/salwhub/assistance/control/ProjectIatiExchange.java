package org.salwhub.assistance.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.salwhub.assistance.api.project.IatiImportResult;
import org.salwhub.assistance.api.project.IatiImportRow;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.entity.Project;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * IATI activity files in and out for the projects boundary, which checks the caller first: the export of the
 * projects it passes, the preview of a file (each activity new, a duplicate, or refused and why) and its import.
 */
public final class ProjectIatiExchange {

    private final EntityManager em;
    private final RegistryFacade registry;
    private final Function<String, Optional<Project>> byIdentifier;

    public ProjectIatiExchange(EntityManager em, RegistryFacade registry,
                               Function<String, Optional<Project>> byIdentifier) {
        this.em = em;
        this.registry = registry;
        this.byIdentifier = byIdentifier;
    }

    /** The projects as one IATI 2.03 activity file, checked against the schema; refused when there is none. */
    public String export(Collection<Project> projects, Instant now) {
        if (projects.isEmpty()) {
            throw new ValidationException("projects", "project.iati.empty");
        }
        List<Project> sorted = projects.stream().sorted(Comparator.comparing(Project::iatiIdentifier)).toList();
        String xml = new IatiWriter(ProjectIatiCodes.of(registry, em), ProjectIatiCodes.reportingRef(),
                ProjectIatiCodes.reportingName()).write(sorted, now);
        return IatiSchema.requireValid(xml);
    }

    /** Each activity of the file as the import would treat it. */
    public List<IatiImportRow> preview(byte[] xml) {
        return rows(read(xml));
    }

    /** Each activity as the import would treat it: new, a duplicate of a project here, or refused and why. */
    private List<IatiImportRow> rows(List<IatiActivity> activities) {
        return activities.stream().map(this::row).toList();
    }

    private IatiImportRow row(IatiActivity a) {
        ProjectDraft d = a.draft();
        Optional<Project> duplicate = d.iatiIdentifier() == null ? Optional.empty() : byIdentifier.apply(d.iatiIdentifier());
        String problem = a.problems().isEmpty() ? null : a.problems().get(0).code();
        List<Object> args = a.problems().isEmpty() ? List.of() : a.problems().get(0).args();
        String title = d.titleEn() != null ? d.titleEn() : d.titleFr() != null ? d.titleFr() : d.titleAr();
        return new IatiImportRow(d.iatiIdentifier(), title, a.recipientCountries(), a.transactions().size(),
                a.budgets().size(), duplicate.map(p -> ProjectId.of(p.id())).orElse(null),
                duplicate.map(p -> p.title().en()).orElse(null), duplicate.isPresent() ? null : problem, args,
                a.notes());
    }

    /**
     * Creates a project for each importable activity (through {@code create}, which checks the draft as any new
     * project is checked), with its budgets, transactions, deliverables and indicators, moved along to the status
     * the file gives; the others are returned as skipped, with the reason.
     */
    public IatiImportResult importAll(byte[] xml, Function<ProjectDraft, Project> create, String by) {
        List<IatiActivity> activities = read(xml);
        List<IatiImportRow> rows = rows(activities);
        List<ProjectId> created = new ArrayList<>();
        List<IatiImportRow> skipped = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            IatiActivity a = activities.get(i);
            IatiImportRow row = rows.get(i);
            if (!row.importable()) {
                skipped.add(row);
                continue;
            }
            Project project = create.apply(a.draft());
            project.replaceBudgets(a.budgets());
            a.transactions().forEach(t -> project.addTransaction(t, by));
            a.deliverables().forEach(project::saveDeliverable);
            a.indicators().forEach(project::saveIndicator);
            ProjectIatiCodes.moveAlong(project, a.status());
            created.add(ProjectId.of(project.id()));
        }
        return new IatiImportResult(created, skipped);
    }

    private List<IatiActivity> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new ValidationException("file", "required");
        }
        if (xml.length > 20 * 1024 * 1024) {
            throw new ValidationException("file", "project.document.tooLarge", 20);
        }
        return new IatiReader(ProjectIatiCodes.of(registry, em)).read(xml);
    }

}
