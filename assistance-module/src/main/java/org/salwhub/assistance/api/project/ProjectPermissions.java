package org.salwhub.assistance.api.project;

/** What the caller may change on a project: the record, money and reports, and deliverables/indicators/assets. */
public record ProjectPermissions(boolean manage, boolean money, boolean delivery) {
}
