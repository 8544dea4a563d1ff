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
import java.math.BigDecimal;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;

/** A project budget for one year in one currency, original or revised. */
@Entity
@Table(name = "asst_prj_budget")
public class ProjectBudget {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectBudgetKind kind;

    @Column(name = "fiscal_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Version
    private long version;

    protected ProjectBudget() {
    }

    ProjectBudget(Project project, ProjectBudgetLine line) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        this.kind = line.kind() == null ? ProjectBudgetKind.ORIGINAL : line.kind();
        this.year = line.year();
        this.amount = line.amount();
        this.currency = Texts.currency(line.currency());
    }

    public ProjectBudgetLine view() {
        return new ProjectBudgetLine(kind, year, amount, currency);
    }
}
