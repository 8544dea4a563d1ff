package org.salwhub.web.ui.assistance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.registry.api.RegistryFacade;

/** The project page's add forms (transaction, budget line, indicator, milestone). */
public final class ProjectForms {

    private ProjectForms() {
    }

    /** A new transaction. */
    public static final class TransactionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        ProjectTransactionType type = ProjectTransactionType.DISBURSEMENT;
        LocalDate date = LocalDate.now();
        BigDecimal amount;
        String currency = "USD";
        String provider;
        String receiverName;
        String description;

        ProjectTransactionInput input(RegistryFacade registry) {
            UUID providerId = provider == null || provider.isBlank() ? null
                    : registry.organisationByAcronym(provider).map(o -> o.id().value()).orElse(null);
            return new ProjectTransactionInput(type, date, amount, currency, providerId,
                    providerId == null ? provider : null, null, receiverName, description);
        }

        void reset() {
            amount = null;
            description = null;
        }

        public ProjectTransactionType getType() {
            return type;
        }

        public void setType(ProjectTransactionType type) {
            this.type = type;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public String getProvider() {
            return provider;
        }

        public void setProvider(String provider) {
            this.provider = provider;
        }

        public String getReceiverName() {
            return receiverName;
        }

        public void setReceiverName(String receiverName) {
            this.receiverName = receiverName;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A new budget line. */
    public static final class BudgetForm implements Serializable {
        private static final long serialVersionUID = 1L;
        ProjectBudgetKind kind = ProjectBudgetKind.ORIGINAL;
        Integer year = LocalDate.now().getYear();
        BigDecimal amount;
        String currency = "USD";

        public ProjectBudgetKind getKind() {
            return kind;
        }

        public void setKind(ProjectBudgetKind kind) {
            this.kind = kind;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }
    }

    /** A new indicator with one period. */
    public static final class IndicatorForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        boolean percentage;
        String unit;
        BigDecimal baseline;
        LocalDate start = LocalDate.now();
        LocalDate end = LocalDate.now().plusYears(1);
        BigDecimal target;

        ProjectIndicatorInput input() {
            return new ProjectIndicatorInput(null, title, percentage, unit, baseline == null ? null
                    : start == null ? null : start.getYear(), baseline,
                    start == null && end == null ? List.of()
                            : List.of(new ProjectIndicatorPeriod(start, end, target, null)), 0);
        }

        void reset() {
            title = null;
            unit = null;
            baseline = null;
            target = null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public boolean isPercentage() {
            return percentage;
        }

        public void setPercentage(boolean percentage) {
            this.percentage = percentage;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    /** A new milestone or report. */
    public static final class MilestoneForm implements Serializable {
        private static final long serialVersionUID = 1L;
        ProjectMilestoneKind kind = ProjectMilestoneKind.NARRATIVE_REPORT;
        String title;
        LocalDate dueOn;

        ProjectMilestoneInput input() {
            return new ProjectMilestoneInput(null, kind, title, dueOn, null, null, 0);
        }

        void reset() {
            title = null;
            dueOn = null;
        }

        public ProjectMilestoneKind getKind() {
            return kind;
        }

        public void setKind(ProjectMilestoneKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

}
