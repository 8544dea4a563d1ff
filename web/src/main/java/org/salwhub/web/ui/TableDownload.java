package org.salwhub.web.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.web.export.Table;
import org.salwhub.web.export.TableExport;
import org.salwhub.web.i18n.Messages;

/**
 * A list's CSV and XLSX downloads for a {@code p:fileDownload}: named {@code salwhub-NAME-DATE}, the workbook's
 * sheet titled in the viewer's language, and the rows read only when the file is written.
 */
public final class TableDownload {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableDownload() {
    }

    public static StreamedContent csv(String name, Supplier<List<String>> headers, Supplier<List<List<Object>>> rows) {
        return DefaultStreamedContent.builder().name(fileName(name, "csv")).contentType("text/csv; charset=UTF-8")
                .writer(out -> TableExport.csv(headers.get(), rows.get(), out)).build();
    }

    public static StreamedContent xlsx(String name, String titleKey, Supplier<List<String>> headers,
                                Supplier<List<List<Object>>> rows) {
        Locale locale = Messages.currentLocale();
        return DefaultStreamedContent.builder().name(fileName(name, "xlsx")).contentType(XLSX)
                .writer(out -> TableExport.xlsx(Messages.text(locale, titleKey), headers.get(), rows.get(), locale,
                        out)).build();
    }

    /** A list as a PDF to print, headed by its title ({@code titleKey}) in the viewer's language. */
    public static StreamedContent pdf(String name, String titleKey, Supplier<List<String>> headers,
                               Supplier<List<List<Object>>> rows) {
        Locale locale = Messages.currentLocale();
        return DefaultStreamedContent.builder().name(fileName(name, "pdf")).contentType("application/pdf")
                .writer(out -> TableExport.pdf(Messages.text(locale, titleKey), headers.get(), rows.get(), locale,
                        out)).build();
    }

    /**
     * A table as CSV ({@code format} "csv"), XLSX ("xlsx") or PDF ("pdf"): built only when the file is written, so
     * that it is read through the facades, with the viewer's rights, at the moment of the download.
     */
    public static StreamedContent table(String format, String name, Supplier<Table> table) {
        Locale locale = Messages.currentLocale();
        String extension = "xlsx".equalsIgnoreCase(format) ? "xlsx" : "pdf".equalsIgnoreCase(format) ? "pdf" : "csv";
        return DefaultStreamedContent.builder().name(fileName(Table.fileName(name), extension))
                .contentType(switch (extension) {
                    case "xlsx" -> XLSX;
                    case "pdf" -> "application/pdf";
                    default -> "text/csv; charset=UTF-8";
                })
                .writer(out -> {
                    Table t = table.get();
                    switch (extension) {
                        case "xlsx" -> t.xlsx(locale, out);
                        case "pdf" -> t.pdf(locale, out);
                        default -> t.csv(out);
                    }
                }).build();
    }

    /** The message keys of a list's column headers, in the viewer's language. */
    public static List<String> headers(String... keys) {
        Locale locale = Messages.currentLocale();
        return java.util.Arrays.stream(keys).map(k -> Messages.text(locale, k)).toList();
    }

    private static String fileName(String name, String extension) {
        return "salwhub-" + name + "-" + LocalDate.now() + "." + extension;
    }
}
