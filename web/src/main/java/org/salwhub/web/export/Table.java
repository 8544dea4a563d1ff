package org.salwhub.web.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.salwhub.web.i18n.Messages;

/**
 * A list as its reader sees it, ready to download: a file name part, the message key of its title (the workbook's
 * sheet), the heading of its PDF (null: the title), the column headers and the rows, already in the reader's language
 * (numbers as numbers, dates as dates).
 */
public record Table(String name, String titleKey, String heading, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A list whose printed heading is its title. */
    public Table(String name, String titleKey, List<String> headers, List<List<Object>> rows) {
        this(name, titleKey, null, headers, rows);
    }

    public void csv(OutputStream out) {
        TableExport.csv(headers, rows, out);
    }

    public void xlsx(Locale locale, OutputStream out) {
        TableExport.xlsx(Messages.text(locale, titleKey), headers, rows, locale, out);
    }

    /** A PDF to print, headed by {@code heading} (or the title) in the reader's language. */
    public void pdf(Locale locale, OutputStream out) {
        TableExport.pdf(heading != null ? heading : Messages.text(locale, titleKey), headers, rows, locale, out);
    }

    /** A name fit for a file: letters, digits and hyphens only. */
    public static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-");
    }
}
