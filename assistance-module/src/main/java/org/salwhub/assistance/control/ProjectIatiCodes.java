package org.salwhub.assistance.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.entity.Term;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.entity.Project;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * What the IATI reader and writer need to know of this installation: the registry's States (ISO codes) and
 * organisations (names, IATI identifiers), the theme codes, and the reporting organisation named in the
 * environment ({@code IATI_REPORTING_ORG}, {@code IATI_REPORTING_NAME}).
 */
public final class ProjectIatiCodes {

    private ProjectIatiCodes() {
    }

    /** Codes read from the registry and the theme list once; organisations by IATI identifier are looked up lazily. */
    public static IatiCodes of(RegistryFacade registry, EntityManager em) {
        Map<UUID, StateView> states = registry.states().stream()
                .collect(Collectors.toMap(s -> s.id().value(), s -> s, (a, b) -> a));
        List<OrganisationView> organisations = registry.organisations();
        Set<String> themes = em.createNamedQuery("Term.ofKind", Term.class).setParameter("kind", TermKind.THEME)
                .getResultStream().map(Term::code).collect(Collectors.toSet());
        Map<String, Optional<UUID>> byIatiIdentifier = new HashMap<>();
        return new IatiCodes() {
            @Override
            public Optional<String> iso2(UUID state) {
                return Optional.ofNullable(states.get(state)).map(StateView::iso2);
            }

            @Override
            public Optional<UUID> stateOfIso2(String iso2) {
                return states.values().stream().filter(s -> s.iso2().equalsIgnoreCase(iso2)).findFirst()
                        .map(s -> s.id().value());
            }

            @Override
            public Optional<String> organisationName(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(o -> o.name().en());
            }

            @Override
            public Optional<LocalizedText> organisationNames(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(OrganisationView::name);
            }

            @Override
            public Optional<UUID> organisationNamed(String name) {
                String wanted = name.trim();
                return organisations.stream().filter(o -> wanted.equalsIgnoreCase(o.name().en())
                        || wanted.equalsIgnoreCase(o.name().fr()) || wanted.equals(o.name().ar())
                        || (o.acronym() != null && wanted.equalsIgnoreCase(o.acronym()))).findFirst()
                        .map(o -> o.id().value());
            }

            @Override
            public Optional<String> organisationIatiIdentifier(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(OrganisationView::iatiIdentifier);
            }

            @Override
            public Optional<UUID> organisationWithIatiIdentifier(String ref) {
                // a file names the same few organisations again and again: each ref is looked up once
                return byIatiIdentifier.computeIfAbsent(ref.strip().toUpperCase(Locale.ROOT),
                        key -> registry.organisationByIatiIdentifier(key).map(o -> o.id().value()));
            }

            @Override
            public boolean isTheme(String code) {
                return themes.contains(code);
            }
        };
    }

    public static String reportingRef() {
        String ref = System.getenv("IATI_REPORTING_ORG");
        return ref == null || ref.isBlank() ? "XI-SALWHUB" : ref.trim();
    }

    public static String reportingName() {
        String name = System.getenv("IATI_REPORTING_NAME");
        return name == null || name.isBlank() ? "SALW Hub regional centre" : name.trim();
    }

    /** Brings an imported project from pipeline to the status the reader found it can reach. */
    public static void moveAlong(Project project, ProjectStatus target) {
        List<ProjectStatus> path = switch (target) {
            case IMPLEMENTATION -> List.of(ProjectStatus.IMPLEMENTATION);
            case FINALISATION -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);
            case CLOSED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED);
            case SUSPENDED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.SUSPENDED);
            case CANCELLED -> List.of(ProjectStatus.CANCELLED);
            default -> List.of();
        };
        for (ProjectStatus step : path) {
            project.moveTo(step);
        }
    }
}
