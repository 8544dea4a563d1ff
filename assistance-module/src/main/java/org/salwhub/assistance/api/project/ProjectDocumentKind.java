package org.salwhub.assistance.api.project;

/** What a project document is. */
public enum ProjectDocumentKind {
    AGREEMENT, NARRATIVE_REPORT, FINANCIAL_REPORT, FINAL_REPORT, HANDOVER_CERTIFICATE, PHOTO, OTHER
}
