package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A results indicator: a unit count or a percentage, its baseline, and per period the target and actual value
 * (kept in one column as {@code start;end;target;actual} lines, so the audit shows them together).
 */
@Entity
@Table(name = "asst_prj_indicator")
public class ProjectIndicator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private boolean percentage;

    @Column(length = 100)
    private String unit;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(precision = 15, scale = 2)
    private BigDecimal baseline;

    @Column(nullable = false, length = 4000)
    private String periods;

    @Version
    private long version;

    protected ProjectIndicator() {
    }

    ProjectIndicator(Project project, ProjectIndicatorInput in) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        record(in);
    }

    /** The field errors of an indicator: a title, periods with start before end, percentages from 0 to 100. */
    public static List<FieldError> check(ProjectIndicatorInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            errors.add(FieldError.of("title", "required"));
        } else if (in.title().trim().length() > 500) {
            errors.add(FieldError.of("title", "tooLong", 500));
        }
        for (ProjectIndicatorPeriod p : in.periods()) {
            if (p.start() == null || p.end() == null || p.end().isBefore(p.start())) {
                errors.add(FieldError.of("periods", "project.indicator.period"));
            }
            if (in.percentage() && (outOfPercent(p.target()) || outOfPercent(p.actual()))) {
                errors.add(FieldError.of("periods", "project.indicator.percent"));
            }
        }
        if (in.percentage() && outOfPercent(in.baseline())) {
            errors.add(FieldError.of("baseline", "project.indicator.percent"));
        }
        if (joined(in).length() > 4000) {
            errors.add(FieldError.of("periods", "tooLong", 4000));
        }
        return errors;
    }

    void record(ProjectIndicatorInput in) {
        List<FieldError> errors = check(in);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.title = in.title().trim();
        this.percentage = in.percentage();
        this.unit = in.percentage() ? "%" : Texts.clean(in.unit());
        this.baselineYear = in.baselineYear();
        this.baseline = in.baseline();
        this.periods = joined(in);
    }

    private static String joined(ProjectIndicatorInput in) {
        return in.periods().stream().map(p -> p.start() + ";" + p.end() + ";" + text(p.target()) + ";"
                + text(p.actual())).collect(Collectors.joining("\n"));
    }

    private static boolean outOfPercent(BigDecimal value) {
        return value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProjectIndicatorView view() {
        List<ProjectIndicatorPeriod> list = periods == null || periods.isBlank() ? List.of()
                : Arrays.stream(periods.split("\n")).map(line -> line.split(";", -1))
                .map(f -> new ProjectIndicatorPeriod(LocalDate.parse(f[0]), LocalDate.parse(f[1]), number(f[2]),
                        number(f[3]))).toList();
        return new ProjectIndicatorView(UUID.fromString(id), title, percentage, unit, baselineYear, baseline, list,
                version);
    }
}
