package org.salwhub.assistance.api.project;

import java.util.List;

/** The outcome of an IATI import: the projects created and the activities skipped (duplicates or problems). */
public record IatiImportResult(List<ProjectId> created, List<IatiImportRow> skipped) {
}
