package org.salwhub.assistance.entity;

import java.util.ArrayList;
import java.util.List;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.registry.api.kernel.FieldError;

/**
 * The field rules of a project's record, budget lines and transactions: what {@link Project} enforces when it is
 * described or changed, and what the IATI reader asks of an incoming activity before it offers it for import.
 */
public final class ProjectRules {

    private ProjectRules() {
    }

    /** The field errors of a draft (the status-specific ones come with {@link #moveTo}). */
    public static List<FieldError> check(ProjectDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.iatiIdentifier() == null || d.iatiIdentifier().isBlank()) {
            errors.add(FieldError.of("iatiIdentifier", "required"));
        } else if (!d.iatiIdentifier().trim().matches("[A-Za-z0-9][A-Za-z0-9._:/-]*-[A-Za-z0-9._:/-]+")
                || d.iatiIdentifier().trim().length() > Project.IDENTIFIER_MAX) {
            errors.add(FieldError.of("iatiIdentifier", "project.identifier"));
        }
        if (blank(d.titleEn()) && blank(d.titleFr()) && blank(d.titleAr())) {
            errors.add(FieldError.of("titleEn", "required"));
        }
        if (blank(d.descriptionEn()) && blank(d.descriptionFr()) && blank(d.descriptionAr())) {
            errors.add(FieldError.of("descriptionEn", "required"));
        }
        for (String[] f : new String[][] {{"titleEn", d.titleEn()}, {"titleFr", d.titleFr()},
                {"titleAr", d.titleAr()}}) {
            Texts.max(errors, f[0], f[1], 300);
        }
        for (String[] f : new String[][] {{"descriptionEn", d.descriptionEn()}, {"descriptionFr", d.descriptionFr()},
                {"descriptionAr", d.descriptionAr()}}) {
            Texts.max(errors, f[0], f[1], 4000);
        }
        if (d.participants().isEmpty()) {
            errors.add(FieldError.of("participants", "required"));
        }
        if (d.plannedStart() == null) {
            errors.add(FieldError.of("plannedStart", "required"));
        }
        if (d.recipientStates().isEmpty()) {
            errors.add(FieldError.of("recipientStates", "required"));
        }
        if (d.participants().stream().anyMatch(p -> p.role() == null
                || (p.organisationId() == null && blank(p.name())))) {
            errors.add(FieldError.of("participants", "project.participant"));
        }
        if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedEnd().isBefore(d.plannedStart())) {
            errors.add(FieldError.of("plannedEnd", "project.dates.order"));
        }
        if (d.actualStart() != null && d.actualEnd() != null && d.actualEnd().isBefore(d.actualStart())) {
            errors.add(FieldError.of("actualEnd", "project.dates.order"));
        }
        if (d.actualEnd() != null && d.actualStart() == null) {
            errors.add(FieldError.of("actualStart", "required"));
        }
        return errors;
    }

    /** The field errors of one budget line: a valid amount, a currency code, a year from 1990 to 2100. */
    public static List<FieldError> checkBudget(ProjectBudgetLine line) {
        List<FieldError> errors = new ArrayList<>();
        if (line.amount() == null || line.amount().signum() < 0 || line.amount().compareTo(Texts.MAX_AMOUNT) > 0
                || !Texts.inCents(line.amount())) {
            errors.add(FieldError.of("budgets", "project.amount"));
        }
        if (line.currency() == null || !line.currency().trim().matches("[A-Za-z]{3}")) {
            errors.add(FieldError.of("budgets", "project.currency"));
        }
        if (line.year() < 1990 || line.year() > 2100) {
            errors.add(FieldError.of("budgets", "project.budget.year"));
        }
        return errors;
    }

    /** The field errors of a transaction: type, date, a positive amount, a currency code, provider and receiver. */
    public static List<FieldError> checkTransaction(ProjectTransactionInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        if (in.date() == null) {
            errors.add(FieldError.of("date", "required"));
        }
        if (in.amount() == null || in.amount().signum() <= 0 || in.amount().compareTo(Texts.MAX_AMOUNT) > 0
                || !Texts.inCents(in.amount())) {
            errors.add(FieldError.of("amount", "project.amount"));
        }
        if (in.currency() == null || !in.currency().trim().matches("[A-Za-z]{3}")) {
            errors.add(FieldError.of("currency", "project.currency"));
        }
        if (in.providerId() == null && blank(in.providerName())) {
            errors.add(FieldError.of("provider", "required"));
        }
        if (in.receiverId() == null && blank(in.receiverName())) {
            errors.add(FieldError.of("receiver", "required"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
