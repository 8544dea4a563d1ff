package org.salwhub.web.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A fellowship call's report as a table of rows (section, group, value), written as CSV, XLSX or PDF. The rows
 * come already labelled in the reader's language.
 */
public final class FellowshipReportExports {

    private FellowshipReportExports() {
    }

    /** One line of the report. */
    public record Line(String section, String group, String value) {
    }

    public static void csv(List<String> header, List<Line> lines, OutputStream out) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(header);
            for (Line line : lines) {
                printer.printRecord(ContactExports.csvCell(line.section()), ContactExports.csvCell(line.group()),
                        ContactExports.csvCell(line.value()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(List<String> header, List<Line> lines, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("report");
            sheet.setRightToLeft("ar".equals(locale.getLanguage()));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.section());
                row.createCell(1).setCellValue(line.group());
                row.createCell(2).setCellValue(line.value());
            }
            for (int i = 0; i < 3; i++) {
                sheet.setColumnWidth(i, 36 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pdf(String title, List<String> header, List<Line> lines, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        boolean rtl = "ar".equals(locale.getLanguage());
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable table = new PdfPTable(3);
            table.setWidthPercentage(100);
            table.setHeaderRows(2);
            if (rtl) {
                table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            }
            PdfPCell heading = cell(title, 14, rtl);
            heading.setColspan(3);
            heading.setBorder(0);
            heading.setPaddingBottom(10);
            table.addCell(heading);
            header.forEach(h -> table.addCell(cell(h, 10, rtl)));
            for (Line line : lines) {
                table.addCell(cell(line.section(), 9, rtl));
                table.addCell(cell(line.group(), 9, rtl));
                PdfPCell value = cell(line.value(), 9, rtl);
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfPCell cell(String text, float size, boolean rtl) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, new Font(FellowshipPdfs.font(), size)));
        cell.setPadding(4);
        if (rtl || FellowshipPdfs.hasArabic(text)) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        return cell;
    }
}
