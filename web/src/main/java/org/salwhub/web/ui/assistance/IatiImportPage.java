package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportResult;
import org.salwhub.assistance.api.project.IatiImportRow;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.web.i18n.IatiTexts;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff import a donor's IATI activities file: first a preview (each activity new, a duplicate of a project here,
 * or refused and why, with what of it is left out), then the import.
 */
@Named
@ViewScoped
public class IatiImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFacade projects;

    @Inject
    FacesErrors errors;

    private byte[] file;
    private String fileName;
    private List<IatiImportRow> preview = List.of();
    private IatiImportResult result;
    private List<ProjectSummaryLink> imported = List.of();

    /** An imported project as the result lists it: its identifier and title, linking to its page. */
    public record ProjectSummaryLink(String id, String iatiIdentifier, String title) implements Serializable {
    }

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        result = null;
        imported = List.of();
        preview = List.of();
        file = null;
        if (uploaded == null || uploaded.getSize() == 0) {
            Messages.error("project.document.none");
            return;
        }
        byte[] content = uploaded.getContent();
        if (errors.attempt(() -> preview = projects.previewIati(content), Map.of())) {
            file = content;
            fileName = uploaded.getFileName();
        }
    }

    public void importFile() {
        if (file == null) {
            return;
        }
        if (errors.attempt(() -> result = projects.importIati(file), Map.of())) {
            java.util.Locale locale = Messages.currentLocale();
            imported = result.created().stream().map(projects::project).map(p -> new ProjectSummaryLink(
                    p.id().toString(), p.iatiIdentifier(), p.title().in(locale))).toList();
            Messages.info("project.import.done", result.created().size(), result.skipped().size());
            file = null;
            preview = List.of();
        }
    }

    public String problem(IatiImportRow row) {
        return IatiTexts.problem(row.problem(), row.problemArgs(), Messages.currentLocale());
    }

    public String note(IatiImportNote note) {
        return IatiTexts.note(note, Messages.currentLocale());
    }

    public long getImportable() {
        return preview.stream().filter(IatiImportRow::importable).count();
    }

    public List<IatiImportRow> getPreview() {
        return preview;
    }

    public List<ProjectSummaryLink> getImported() {
        return imported;
    }

    public IatiImportResult getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isReady() {
        return file != null && getImportable() > 0;
    }
}
