package org.salwhub.assistance.api.project;

/** A milestone, or a periodic report due from the implementer: narrative, financial, or the final report. */
public enum ProjectMilestoneKind {
    MILESTONE, NARRATIVE_REPORT, FINANCIAL_REPORT, FINAL_REPORT;

    public boolean isReport() {
        return this != MILESTONE;
    }
}
