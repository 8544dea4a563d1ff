package org.salwhub.web.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.Messages;

/** The project list as a table in words, for CSV and XLSX: the same columns on the screen and in the API. */
public final class ProjectExports {

    private ProjectExports() {
    }

    public static List<String> headers(Locale locale) {
        return List.of("project.identifier", "project.title", "project.states", "project.donors", "project.themes",
                "project.status", "project.plannedStart", "project.plannedEnd", "project.budgetUsd",
                "project.committedUsd", "project.disbursedUsd", "project.delivered", "export.missingRates").stream()
                .map(key -> Messages.text(locale, key)).toList();
    }

    public static List<List<Object>> rows(List<ProjectSummary> projects, RegistryFacade registry,
                                          AssistanceTexts texts, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectSummary p : projects) {
            List<Object> row = new ArrayList<>();
            row.add(p.iatiIdentifier());
            row.add(p.title().in(locale));
            row.add(p.recipientStates().stream().map(s -> stateName(registry, s, locale)).sorted()
                    .collect(Collectors.joining(", ")));
            row.add(p.fundingOrganisations().stream().map(o -> organisationName(registry, o, locale)).sorted()
                    .collect(Collectors.joining(", ")));
            row.add(texts.terms(p.themes(), locale));
            row.add(Messages.text(locale, "projectStatus." + p.status().name()));
            row.add(p.plannedStart());
            row.add(p.plannedEnd());
            row.add(p.budgetUsd());
            row.add(p.committedUsd());
            row.add(p.disbursedUsd());
            row.add(p.planned() == 0 ? "" : p.deliveredPercent() + "%");
            row.add(String.join(", ", p.missingRates()));
            rows.add(row);
        }
        return rows;
    }

    /** A duplicate-funding warning in words: the State and theme named in the reader's language. */
    public static String warning(ProjectWarning w, RegistryFacade registry, AssistanceTexts texts, Locale locale) {
        List<Object> args = new ArrayList<>(w.args());
        if ("project.duplicate.overlap".equals(w.code()) && args.size() >= 4) {
            try {
                args.set(2, stateName(registry, UUID.fromString(String.valueOf(args.get(2))), locale));
            } catch (IllegalArgumentException notAnId) {
                // already a name
            }
            args.set(3, texts.term(String.valueOf(args.get(3)), locale));
        }
        return Messages.text(locale, "warning." + w.code(), args.toArray());
    }

    public static String stateName(RegistryFacade registry, UUID state, Locale locale) {
        return registry.state(new StateId(state)).map(s -> s.name().in(locale)).orElse(state.toString());
    }

    public static String organisationName(RegistryFacade registry, UUID organisation, Locale locale) {
        return registry.organisation(new OrganisationId(organisation))
                .map(o -> o.acronym() != null ? o.acronym() : o.name().in(locale)).orElse(organisation.toString());
    }
}
