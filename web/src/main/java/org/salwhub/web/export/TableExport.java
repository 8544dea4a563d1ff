package org.salwhub.web.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;

/**
 * Any list as CSV (UTF-8 with a byte order mark, formula-safe cells), as an XLSX workbook (right to left for
 * Arabic, dates as dates, numbers as numbers) or as a PDF to print (A4, landscape when the list is wide, the
 * column headers on every page, right to left and shaped in Arabic): a title, the column headers and the rows
 * already in words.
 */
public final class TableExport {

    private TableExport() {
    }

    public static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(headers);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(ContactExports::csvCell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(String title, List<String> headers, List<List<Object>> rows, Locale locale,
                            OutputStream out) {
        StreamingWorkbook.write(title, headers, c -> Math.min(60, Math.max(12, headers.get(c).length() + 6)), locale,
                row -> rows.forEach(row), out);
    }

    /**
     * The list as a PDF: its heading, the day it was compiled, then the table; dates and numbers written in the
     * reader's language.
     */
    public static void pdf(String heading, List<String> headers, List<List<Object>> rows, Locale locale,
                           OutputStream out) {
        boolean rtl = DirectoryPdf.rtl(locale);
        Document document = new Document(headers.size() > 4
                ? PageSize.A4.rotate() : PageSize.A4, 28, 28, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL
                    : PdfWriter.RUN_DIRECTION_LTR);
            document.addTitle(heading);
            document.addCreator("SALW Hub");
            document.open();
            document.add(DirectoryPdf.heading(heading, 14, rtl));
            document.add(DirectoryPdf.line(Messages.text(locale, "pdf.compiled",
                    Formats.date(LocalDate.now(), locale)), 8, DirectoryPdf.MUTED, rtl));
            PdfPTable table = new PdfPTable(Math.max(1, headers.size()));
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL
                    : PdfWriter.RUN_DIRECTION_LTR);
            headers.forEach(h -> table.addCell(DirectoryPdf.headerCell(h, rtl)));
            boolean shaded = false;
            for (List<Object> row : rows) {
                for (int c = 0; c < headers.size(); c++) {
                    table.addCell(DirectoryPdf.cell(c < row.size() ? text(row.get(c), locale) : "", 8, rtl, shaded));
                }
                shaded = !shaded;
            }
            if (rows.isEmpty()) {
                PdfPCell none = DirectoryPdf.cell(Messages.text(locale,
                        "pdf.noRows"), 8, rtl, false);
                none.setColspan(Math.max(1, headers.size()));
                table.addCell(none);
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
    }

    private static String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return Formats.date(day, locale);
        }
        if (value instanceof Number number) {
            return Formats.number(number, locale);
        }
        return value.toString();
    }
}
