package org.salwhub.web.export;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDocumentView;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;
import org.salwhub.assistance.api.project.ProjectMilestoneView;
import org.salwhub.assistance.api.project.ProjectMoneyRow;
import org.salwhub.assistance.api.project.ProjectOverdueItem;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTransactionView;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;

/**
 * The lists of the project pages, the projects dashboard and the matches as tables in the reader's language, the
 * same for the screens' CSV/XLSX downloads and the API: titles in the reader's language, States, organisations,
 * themes, statuses and kinds in words, amounts as numbers with their currency in a column of its own, dates as
 * dates, and US dollar sums with the currencies they leave out for lack of an exchange rate named beside them.
 * The rows are what the caller was allowed to read from the facades: nothing is added here.
 */
public final class ProjectTables {

    /** The lists of a project's page. */
    public enum Part {
        BUDGETS, TRANSACTIONS, DELIVERABLES, INDICATORS, MILESTONES, ASSETS, DOCUMENTS, LESSONS;

        /** @throws ValidationException naming the parts when the name is none of them */
        public static Part of(String name) {
            return parse(Part.class, name, "part");
        }
    }

    /** The lists of the projects dashboard. */
    public enum DashboardTable {
        STATES, DONORS, THEMES, YEARS, PROJECTS, OVERDUE, ASSETS, DUPLICATES;

        /** @throws ValidationException naming the tables when the name is none of them */
        public static DashboardTable of(String name) {
            return parse(DashboardTable.class, name, "table");
        }
    }

    private final RegistryFacade registry;
    private final AssistanceTexts texts;
    private final Locale locale;
    private final ZoneId zone;

    public ProjectTables(RegistryFacade registry, AssistanceTexts texts, Locale locale, ZoneId zone) {
        this.registry = registry;
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    // ------------------------------------------------------------------ a project's lists

    public Table part(ProjectView p, Part part) {
        String name = p.iatiIdentifier() + "-" + part.name().toLowerCase(Locale.ROOT);
        return switch (part) {
            case BUDGETS -> new Table(name, "project.budgets", headers("project.year", "project.budget.kind",
                    "project.amount", "export.currency"), p.budgets().stream().map(this::budget).toList());
            case TRANSACTIONS -> new Table(name, "project.transactions", headers("project.date", "project.tx.type",
                    "project.amount", "export.currency", "project.usd", "project.tx.provider", "project.tx.receiver",
                    "project.tx.description", "export.recordedBy"), p.transactions().stream().map(this::transaction)
                    .toList());
            case DELIVERABLES -> new Table(name, "project.tab.deliverables", headers("export.item",
                    "project.deliverable", "project.planned", "project.delivered", "project.installed",
                    "project.operational", "project.traineesFemale", "project.traineesMale", "export.percentDelivered"),
                    p.deliverables().stream().map(this::deliverable).toList());
            case INDICATORS -> new Table(name, "project.tab.indicators", headers("project.indicator", "project.unit",
                    "export.baselineYear", "project.baseline", "export.periodStart", "export.periodEnd",
                    "project.target", "project.actualValue"), p.indicators().stream()
                    .flatMap(i -> indicator(i).stream()).toList());
            case MILESTONES -> new Table(name, "project.tab.milestones", headers("project.milestone.kind",
                    "project.title", "project.dueOn", "project.doneOn", "export.overdue", "export.note"),
                    p.milestones().stream().map(this::milestone).toList());
            case ASSETS -> new Table(name, "project.tab.assets", assetHeaders(false),
                    p.assets().stream().map(a -> asset(a, null)).toList());
            case DOCUMENTS -> new Table(name, "project.tab.documents", headers("project.document",
                    "project.document.kind", "export.contentType", "export.sizeKb", "project.document.by",
                    "export.addedOn"), p.documents().stream().map(this::document).toList());
            case LESSONS -> new Table(name, "project.lessons", headers("project.identifier", "project.title",
                    "project.lessons"), lessons(p));
        };
    }

    private List<Object> budget(ProjectBudgetLine b) {
        return row(b.year(), label(b.kind()), b.amount(), b.currency());
    }

    private List<Object> transaction(ProjectTransactionView t) {
        return row(t.date(), label(t.type()), t.amount(), t.currency(), t.converted(),
                party(t.providerId(), t.providerName()), party(t.receiverId(), t.receiverName()), t.description(),
                t.recordedBy());
    }

    private List<Object> deliverable(ProjectDeliverableView d) {
        return row(d.itemCode() == null ? null : texts.term(d.itemCode(), locale), d.description(), d.planned(),
                d.delivered(), d.installed(), d.operational(), d.traineesFemale(), d.traineesMale(),
                d.planned() == 0 ? null : d.deliveredPercent());
    }

    private List<List<Object>> indicator(ProjectIndicatorView i) {
        String unit = i.percentage() ? "%" : i.unit();
        if (i.periods().isEmpty()) {
            return List.of(row(i.title(), unit, i.baselineYear(), i.baseline(), null, null, null, null));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectIndicatorPeriod period : i.periods()) {
            rows.add(row(i.title(), unit, i.baselineYear(), i.baseline(), period.start(), period.end(),
                    period.target(), period.actual()));
        }
        return rows;
    }

    private List<Object> milestone(ProjectMilestoneView m) {
        return row(label(m.kind()), m.title(), m.dueOn(), m.doneOn(), yesNo(m.overdue()), m.note());
    }

    private List<String> assetHeaders(boolean withProject) {
        List<String> keys = new ArrayList<>(List.of("project.asset.serial", "project.asset.model", "export.equipment",
                "export.state", "project.asset.custodian", "project.asset.location", "project.status",
                "project.asset.operators", "project.asset.lastReport", "project.asset.stale", "project.asset.log"));
        if (withProject) {
            keys.add("project.title");
        }
        return headers(keys.toArray(String[]::new));
    }

    private List<Object> asset(AssetView a, String projectTitle) {
        List<Object> row = row(a.serialNumber(), a.model(), texts.term(a.equipmentType(), locale),
                a.stateId() == null ? null : ProjectExports.stateName(registry, a.stateId(), locale),
                a.custodianAgency(), a.location(), label(a.status()), a.trainedOperators(), a.lastReportedOn(),
                yesNo(a.stale()), a.log().stream().map(l -> Formats.date(l.date(), locale) + ": " + l.note())
                        .collect(Collectors.joining("; ")));
        if (projectTitle != null) {
            row.add(projectTitle);
        }
        return row;
    }

    private List<Object> document(ProjectDocumentView d) {
        return row(d.fileName(), label(d.kind()), d.contentType(),
                BigDecimal.valueOf(d.size()).divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_UP),
                d.uploadedBy(), d.uploadedAt() == null ? null : d.uploadedAt().atZone(zone).toLocalDate());
    }

    /** Lessons learned, one row per paragraph. */
    private List<List<Object>> lessons(ProjectView p) {
        if (p.lessonsLearned() == null || p.lessonsLearned().isBlank()) {
            return List.of();
        }
        String title = p.title().in(locale);
        return Arrays.stream(p.lessonsLearned().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .map(lesson -> row(p.iatiIdentifier(), title, lesson)).toList();
    }

    // ------------------------------------------------------------------ the dashboard's lists

    public Table dashboard(ProjectDashboard d, DashboardTable table, List<AssetView> staleAssets,
                           List<ProjectWarning> duplicates) {
        Map<ProjectId, LocalizedText> titles = d.projects().stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::title, (a, b) -> a));
        Function<ProjectId, Optional<String>> title = id -> Optional.ofNullable(titles.get(id)).map(t -> t.in(locale));
        String name = "projects-dashboard-" + table.name().toLowerCase(Locale.ROOT);
        return switch (table) {
            case STATES -> money(name, "project.dash.byState", "export.state", d.byState(),
                    r -> ProjectExports.stateName(registry, UUID.fromString(r.key()), locale));
            case DONORS -> money(name, "project.dash.byDonor", "export.donor", d.byDonor(),
                    r -> ProjectExports.organisationName(registry, UUID.fromString(r.key()), locale));
            case THEMES -> money(name, "project.dash.byTheme", "export.theme", d.byTheme(),
                    r -> texts.term(r.key(), locale));
            case YEARS -> money(name, "project.dash.byYear", "project.year", d.byYear(), r -> Integer.valueOf(r.key()));
            case PROJECTS -> new Table(name, "project.dash.deliveryByProject", headers("project.identifier",
                    "project.title", "project.status", "project.planned", "project.delivered",
                    "export.percentDelivered", "project.committedUsd", "project.disbursedUsd", "export.missingRates"),
                    d.projects().stream().map(p -> row(p.iatiIdentifier(), p.title().in(locale), label(p.status()),
                            p.planned(), p.delivered(), p.planned() == 0 ? null : p.deliveredPercent(),
                            p.committedUsd(), p.disbursedUsd(), currencies(p.missingRates()))).toList());
            case OVERDUE -> new Table(name, "project.dash.overdue", headers("project.title", "project.milestone.kind",
                    "project.milestone", "project.dueOn", "project.daysLate"), d.overdue().stream()
                    .map(o -> overdue(o, title)).toList());
            case ASSETS -> new Table(name, "project.dash.staleAssets", assetHeaders(true), staleAssets.stream()
                    .map(a -> asset(a, title.apply(a.projectId()).orElse(a.projectTitle()))).toList());
            case DUPLICATES -> new Table(name, "project.dash.duplicates", headers("project.title",
                    "project.dash.warning"), duplicates.stream().map(w -> row(title.apply(w.projectId())
                    .orElse(w.projectTitle()), ProjectExports.warning(w, registry, texts, locale))).toList());
        };
    }

    private Table money(String name, String titleKey, String keyHeader, List<ProjectMoneyRow> rows,
                        Function<ProjectMoneyRow, Object> label) {
        List<List<Object>> lines = rows.stream().map(r -> row(label.apply(r), r.requested(), r.pledged(),
                r.committed(), r.disbursed(), r.planned(), r.delivered(), r.planned() == 0 ? null
                        : r.deliveredPercent(), r.overdueReports(), currencies(r.missingRates()))).toList();
        return new Table(name, titleKey, headers(keyHeader, "export.requestedUsd", "project.pledgedUsd",
                "project.committedUsd", "project.disbursedUsd", "project.planned", "project.delivered",
                "export.percentDelivered", "project.dash.overdueReports", "export.missingRates"), lines);
    }

    private List<Object> overdue(ProjectOverdueItem o, Function<ProjectId, Optional<String>> title) {
        return row(title.apply(o.projectId()).orElse(o.projectTitle()), label(o.kind()), o.title(), o.dueOn(),
                o.daysLate());
    }

    // ------------------------------------------------------------------ matches

    public Table matches(String name, List<MatchView> matches) {
        return new Table(name, "need.matches", headers("matches.col.need", "export.state", "matches.col.offer",
                "export.donor", "matches.col.quantities", "export.fundingAmount", "export.currency",
                "needs.col.status", "export.proposedOn", "export.warnings"), matches.stream().map(m -> row(
                m.needTitle(), m.stateId() == null ? null : ProjectExports.stateName(registry, m.stateId(), locale),
                m.offerTitle(), m.organisationId() == null ? null
                        : ProjectExports.organisationName(registry, m.organisationId(), locale),
                m.lines().stream().map(l -> l.quantity() + " × " + texts.term(l.itemCode(), locale))
                        .collect(Collectors.joining("; ")), m.fundingAmount(), m.currency(), label(m.status()),
                m.proposedAt() == null ? null : m.proposedAt().atZone(zone).toLocalDate(),
                m.warnings().stream().map(w -> texts.warning(w, locale)).collect(Collectors.joining("; "))))
                .toList());
    }

    // ------------------------------------------------------------------ helpers

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> Messages.text(locale, k)).toList();
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** An enum value in words: {@code <enum type>.<value>}, as the screens show it. */
    private String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String type = value.getDeclaringClass().getSimpleName();
        return Messages.text(locale, Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }

    private String yesNo(boolean value) {
        return Messages.text(locale, value ? "export.yes" : "export.no");
    }

    private String party(UUID organisation, String name) {
        return organisation != null ? ProjectExports.organisationName(registry, organisation, locale) : name;
    }

    private static String currencies(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(", ", codes);
    }

    /** An enum value from its name in any case, with or without hyphens. */
    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, "required");
        }
        try {
            return Enum.valueOf(type, name.trim().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "export.unknownTable", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
