package org.salwhub.assistance.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.salwhub.assistance.entity.ProjectMilestone;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectMoneyRow;
import org.salwhub.assistance.api.project.ProjectOverdueItem;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTotals;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.ProjectDeliverable;
import org.salwhub.assistance.entity.ProjectTransaction;

/**
 * The projects dashboard over the projects a caller sees: money (in US dollars, at the rates on record) and delivery
 * by recipient State, donor, theme and start year, with one summary line per project. Pure arithmetic over loaded
 * aggregates; the boundary decides which projects go in.
 */
public final class ProjectDashboardTally {

    private ProjectDashboardTally() {
    }

    /**
     * @param needs finds a need by id (null when there is none); each need is asked for once per project it is
     *              linked to, so the caller may cache
     */
    public static ProjectDashboard of(List<Project> projects, ProjectMoney money, Function<String, Need> needs,
                                      LocalDate today, List<ProjectOverdueItem> overdue) {
        ProjectMoney.Tally overall = money.tally();
        Map<String, Acc> byState = new LinkedHashMap<>();
        Map<String, Acc> byDonor = new LinkedHashMap<>();
        Map<String, Acc> byTheme = new LinkedHashMap<>();
        Map<String, Acc> byYear = new LinkedHashMap<>();
        List<ProjectSummary> summaries = new ArrayList<>();
        for (Project p : projects) {
            ProjectMoney.Tally own = money.tally();
            BigDecimal requested = BigDecimal.ZERO;
            for (UUID needId : p.needIds()) {
                Need need = needs.apply(needId.toString());
                if (need != null) {
                    requested = requested.add(own.usd(need.estimatedCost(), need.currency()));
                }
            }
            int planned = p.deliverables().stream().mapToInt(d -> d.view().planned()).sum();
            int delivered = p.deliverables().stream().mapToInt(d -> d.view().delivered()).sum();
            int overdueReports = (int) p.milestones().stream()
                    .filter(m -> m.kind().isReport() && m.isOverdue(today)).count();
            Map<ProjectTransactionType, BigDecimal> sums = new HashMap<>();
            Map<String, Map<ProjectTransactionType, BigDecimal>> perDonor = new HashMap<>();
            Map<String, ProjectMoney.Tally> donorTallies = new HashMap<>();
            for (ProjectTransaction t : p.transactions()) {
                if (t.type() == ProjectTransactionType.EXPENDITURE) {
                    continue; // the dashboard shows requested, pledged, committed and disbursed
                }
                BigDecimal usd = own.usd(t.amount(), t.currency());
                sums.merge(t.type(), usd, BigDecimal::add);
                if (t.providerId() != null) {
                    String donor = t.providerId().toString();
                    donorTallies.computeIfAbsent(donor, k -> money.tally()).usd(t.amount(), t.currency());
                    perDonor.computeIfAbsent(donor, k -> new HashMap<>()).merge(t.type(), usd, BigDecimal::add);
                }
            }
            overall.add(own);
            Row row = new Row(requested, sums, planned, delivered, overdueReports, own.missing());
            for (UUID state : p.recipientStates()) {
                byState.computeIfAbsent(state.toString(), k -> new Acc()).add(row);
            }
            for (String theme : p.themes()) {
                byTheme.computeIfAbsent(theme, k -> new Acc()).add(row);
            }
            LocalDate start = p.start();
            if (start != null) {
                byYear.computeIfAbsent(String.valueOf(start.getYear()), k -> new Acc()).add(row);
            }
            for (UUID funder : p.funders()) {
                String donor = funder.toString();
                ProjectMoney.Tally donorTally = donorTallies.get(donor);
                byDonor.computeIfAbsent(donor, k -> new Acc()).add(new Row(requested,
                        perDonor.getOrDefault(donor, Map.of()), planned, delivered, overdueReports,
                        donorTally == null ? Set.of() : donorTally.missing()));
            }
            summaries.add(summary(p, money, today));
        }
        Function<Map<String, Acc>, List<ProjectMoneyRow>> rows = map -> map.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey())).toList();
        List<ProjectMoneyRow> years = new ArrayList<>(rows.apply(byYear));
        years.sort(Comparator.comparing(ProjectMoneyRow::key));
        return new ProjectDashboard(rows.apply(byState), rows.apply(byDonor), rows.apply(byTheme), years, summaries,
                overdue, overall.rates(), overall.missing());
    }

    public static ProjectSummary summary(Project p, ProjectMoney money, LocalDate today) {
        ProjectTotals totals = money.totals(p);
        List<ProjectDeliverableView> lines = p.deliverables().stream().map(ProjectDeliverable::view).toList();
        return new ProjectSummary(ProjectId.of(p.id()), p.iatiIdentifier(), p.title(), p.recipientStates(),
                List.copyOf(p.funders()), p.themes(), p.status(), p.confidential(), p.plannedStart(), p.plannedEnd(),
                totals.budget(), totals.committed(), totals.disbursed(),
                lines.stream().mapToInt(ProjectDeliverableView::planned).sum(),
                lines.stream().mapToInt(ProjectDeliverableView::delivered).sum(),
                (int) p.milestones().stream().filter(m -> m.isOverdue(today)).count(), totals.missingRates());
    }

    /**
     * One project's share of a dashboard row; {@code missing} names the currencies of its amounts that have no
     * exchange rate and so are not in the sums. A donor's row counts the requested amount but only the donor's
     * own money, and names only the currencies of the donor's own transactions.
     */
    private record Row(BigDecimal requested, Map<ProjectTransactionType, BigDecimal> sums, int planned,
                       int delivered, int overdueReports, Set<String> missing) {
        BigDecimal sum(ProjectTransactionType type) {
            return sums.getOrDefault(type, BigDecimal.ZERO);
        }
    }

    private static final class Acc {
        BigDecimal requested = BigDecimal.ZERO;
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        int planned;
        int delivered;
        int overdue;
        final java.util.TreeSet<String> missing = new java.util.TreeSet<>();

        void add(Row r) {
            requested = requested.add(r.requested());
            pledged = pledged.add(r.sum(ProjectTransactionType.PLEDGE));
            committed = committed.add(r.sum(ProjectTransactionType.COMMITMENT));
            disbursed = disbursed.add(r.sum(ProjectTransactionType.DISBURSEMENT));
            planned += r.planned();
            delivered += r.delivered();
            overdue += r.overdueReports();
            missing.addAll(r.missing());
        }

        ProjectMoneyRow row(String key) {
            return new ProjectMoneyRow(key, requested, pledged, committed, disbursed, planned, delivered, overdue,
                    java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(missing)));
        }
    }

    /** The overdue milestones of these projects, the oldest first, with how many days late each is. */
    public static List<ProjectOverdueItem> overdue(List<Project> projects, LocalDate today) {
        List<ProjectOverdueItem> items = new ArrayList<>();
        for (Project p : projects) {
            for (ProjectMilestone m : p.milestones()) {
                if (m.isOverdue(today)) {
                    var v = m.view(today);
                    items.add(new ProjectOverdueItem(ProjectId.of(p.id()), p.title().en(), v.kind(), v.title(),
                            v.dueOn(), ChronoUnit.DAYS.between(v.dueOn(), today)));
                }
            }
        }
        items.sort(Comparator.comparing(ProjectOverdueItem::dueOn));
        return items;
    }
}
