package org.salwhub.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
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

/**
 * One sheet of an Excel workbook written as it streams (at most 100 rows in memory): right to left for Arabic, a bold
 * grey header row that stays in view, an auto-filter over the rows, dates as dates and numbers as numbers (text where
 * a number has more decimals than a spreadsheet keeps). Every XLSX download of SALW Hub is written here.
 */
final class StreamingWorkbook {

    private StreamingWorkbook() {
    }

    /**
     * Writes {@code title}'s sheet: the headers, each column {@code widthOf(column)} characters wide, then the rows
     * that {@code rows} hands to the consumer it is given, page by page.
     */
    static void write(String title, List<String> headers, IntUnaryOperator widthOf, Locale locale,
                      Consumer<Consumer<List<Object>>> rows, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
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
                sheet.setColumnWidth(c, widthOf.applyAsInt(c) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value != null) {
                        set(row.createCell(c), value, date);
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.size() - 1));
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are removed below all the same
            }
            workbook.dispose();
        }
    }

    private static void set(Cell cell, Object value, CellStyle date) {
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
