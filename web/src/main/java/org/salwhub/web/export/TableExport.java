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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            sheet.setRightToLeft("ar".equals(locale.getLanguage()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 6)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number && !(value instanceof BigDecimal big && big.scale() > 6)) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files go below all the same
            }
            workbook.dispose();
        }
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
