package org.salwhub.web.ui.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.salwhub.registry.api.directory.DirectoryImportFacade;
import org.salwhub.registry.api.directory.ImportPreview;
import org.salwhub.registry.api.directory.ImportResult;
import org.salwhub.registry.api.directory.ImportRow;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff import persons and roles from a CSV file: upload, look at the preview of every row with its
 * errors, then import (only the valid rows if they choose). The rules are the registry's.
 */
@Named
@ViewScoped
public class ContactImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryImportFacade imports;

    @Inject
    FacesErrors errors;

    private byte[] csv;
    private String fileName;
    private boolean onlyValid;
    // recomputed from csv after the view was serialised
    private transient ImportPreview preview;
    private transient ImportResult result;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        reset();
        if (file == null || file.getFileName() == null
                || !file.getFileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Messages.error("import.onlyCsv");
            return;
        }
        byte[] content = file.getContent();
        ImportPreview[] checked = new ImportPreview[1];
        if (errors.attempt(() -> checked[0] = imports.preview(content), Map.of())) {
            csv = content;
            fileName = file.getFileName();
            preview = checked[0];
        }
    }

    public void importRows() {
        if (csv == null) {
            return;
        }
        ImportResult[] done = new ImportResult[1];
        if (errors.attempt(() -> done[0] = imports.importRows(csv, onlyValid), Map.of())) {
            ImportResult imported = done[0];
            String name = fileName;
            reset();
            result = imported;
            fileName = name;
            Messages.info("import.done", imported.createdPersons(), imported.updatedPersons(),
                    imported.createdRoles(), imported.unchangedRows());
        }
    }

    /** Forgets the file, its preview and the last result. */
    public void reset() {
        csv = null;
        fileName = null;
        preview = null;
        result = null;
        onlyValid = false;
    }

    public ImportPreview getPreview() {
        if (preview == null && csv != null) {
            preview = imports.preview(csv);
        }
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    public boolean isImportDisabled() {
        ImportPreview current = getPreview();
        return current == null || current.validRows() == 0 || (current.hasErrors() && !onlyValid);
    }

    // ------------------------------------------------------------------ the preview's cells

    public String statusLabel(ImportRow row) {
        Locale locale = Messages.currentLocale();
        return switch (row.status()) {
            case NEW_PERSON -> Messages.text(locale, "import.status.new");
            case UPDATE -> Messages.text(locale, "import.status.update");
            case UNCHANGED -> Messages.text(locale, "import.status.unchanged");
            case ERROR -> Messages.text(locale, "import.status.error");
        };
    }

    public String statusStyle(ImportRow row) {
        return switch (row.status()) {
            case NEW_PERSON, UPDATE -> "tag tag-ok";
            case UNCHANGED -> "tag";
            case ERROR -> "tag tag-error";
        };
    }

    public String roleLabel(ImportRow row) {
        Locale locale = Messages.currentLocale();
        return switch (row.role()) {
            case NEW -> Messages.text(locale, "import.role.new");
            case UNCHANGED -> Messages.text(locale, "import.role.unchanged");
            case NONE -> "";
        };
    }

    /** The row's errors in the viewer's language, each after the column it concerns. */
    public List<String> messages(ImportRow row) {
        Locale locale = Messages.currentLocale();
        return row.errors().stream().map(error -> {
            String column = ImportRow.column(error.field());
            String text = Messages.error(locale, error);
            return column.isEmpty() || column.equals("row") || column.equals("file") ? text : column + ": " + text;
        }).toList();
    }

    /** Honorific, given and family name as the file writes them (the Latin transliteration is shown apart). */
    public String personName(ImportRow row) {
        return Stream.of(row.field("honorific"), row.field("given_name"), row.field("family_name"))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
    }

    public String getColumns() {
        return String.join(", ", DirectoryImportFacade.COLUMNS);
    }

    public String getRequiredColumns() {
        return String.join(", ", DirectoryImportFacade.REQUIRED_COLUMNS);
    }

    public int getMaxBytes() {
        return DirectoryImportFacade.MAX_BYTES;
    }

    public int getMaxRows() {
        return DirectoryImportFacade.MAX_ROWS;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isOnlyValid() {
        return onlyValid;
    }

    public void setOnlyValid(boolean onlyValid) {
        this.onlyValid = onlyValid;
    }
}
