package org.salwhub.assistance.api.project;

/** IATI BudgetType: the original budget, or a revision of it. */
public enum ProjectBudgetKind {
    ORIGINAL(1), REVISED(2);

    private final int iatiCode;

    ProjectBudgetKind(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public static ProjectBudgetKind ofIati(String code) {
        return "2".equals(code) ? REVISED : ORIGINAL;
    }
}
