package vn.thiduabot.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** One sheet being written row by row; {@link #finish()} applies widths, panes and print setup. */
final class SheetTable {

    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private final ReportLabels labels;
    private final List<Sheets.Column> columns;
    private final List<Sheets.Group> groups;
    private final int[] widths;
    private final int firstHeaderRow;
    private final int lastHeaderRow;
    private final int frozenColumns;
    private int next;
    private int lastDataRow = -1;

    SheetTable(XSSFSheet sheet, SheetStyles styles, ReportLabels labels, Sheets.Heading heading, List<Sheets.Group> groups,
               List<Sheets.Column> columns, int frozenColumns) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        this.frozenColumns = frozenColumns;
        int lastColumn = Math.max(columns.size() - 1, 1);
        line(0, heading.school(), styles.school, -1);
        line(1, heading.title(), styles.title, lastColumn);
        line(2, heading.subtitle(), styles.subtitle, lastColumn);
        next = 4;
        firstHeaderRow = next;
        this.groups = List.copyOf(groups);
        Set<Integer> spanned = new HashSet<>();
        if (!groups.isEmpty()) {
            Row g = sheet.createRow(next);
            int col = 0;
            for (Sheets.Group group : groups) {
                for (int i = 0; i < group.span(); i++) {
                    Cell c = g.createCell(col + i);
                    c.setCellStyle(styles.header);
                    if (i == 0) {
                        c.setCellValue(group.header());
                    }
                }
                if (group.span() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next, col, col + group.span() - 1));
                } else if (group.span() == 1) {
                    // a column without a group: its header spans both header rows
                    sheet.addMergedRegion(new CellRangeAddress(next, next + 1, col, col));
                    spanned.add(col);
                }
                col += group.span();
            }
            next++;
        }
        Row h = sheet.createRow(next);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellStyle(styles.header);
            if (!spanned.contains(i)) {
                c.setCellValue(columns.get(i).header());
            }
            widths[i] = Sheets.headerWidth(columns.get(i).header());
        }
        lastHeaderRow = next;
        next++;
    }

    private void line(int index, String value, CellStyle style, int mergeTo) {
        if (value == null) {
            return;
        }
        Cell c = sheet.createRow(index).createCell(0);
        c.setCellValue(value);
        c.setCellStyle(style);
        if (mergeTo > 0) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, mergeTo));
        }
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** The index of the (last) header row. */
    int headerRow() {
        return lastHeaderRow;
    }

    /** Writes one data row; a value may be null (an empty bordered cell), a String, a Number or a LocalDate. */
    void row(Object... values) {
        write(values, false);
        lastDataRow = next - 1;
    }

    void row(List<?> values) {
        row(values.toArray());
    }

    /** A bold row after the data (totals). */
    void totalRow(Object... values) {
        write(values, true);
    }

    void totalRow(List<?> values) {
        totalRow(values.toArray());
    }

    /** A plain line of text under the table, after an empty row the first time. */
    void note(String value) {
        if (next == lastDataRow + 1 || next == lastHeaderRow + 1) {
            next++;
        }
        Cell c = sheet.createRow(next++).createCell(0);
        c.setCellValue(value);
        c.setCellStyle(styles.note);
    }

    private void write(Object[] values, boolean total) {
        Row r = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < values.length ? values[i] : null;
            Cell c = r.createCell(i);
            Sheets.Kind kind = columns.get(i).kind();
            int length;
            if (v == null) {
                length = 0;
                c.setCellStyle(total ? styles.totalText : kind == Sheets.Kind.WRAP ? styles.wrap : styles.text);
            } else if (v instanceof Number n) {
                double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
                c.setCellValue(d);
                c.setCellStyle(total ? styles.totalNumber : styles.number);
                length = Sheets.plain(n).length();
            } else if (v instanceof LocalDate day) {
                c.setCellValue(day);
                c.setCellStyle(styles.date);
                length = 10;
            } else {
                String s = v.toString();
                c.setCellValue(s);
                c.setCellStyle(total ? styles.totalText : kind == Sheets.Kind.WRAP ? styles.wrap : styles.text);
                length = Sheets.longestLine(s);
            }
            if (length > widths[i]) {
                widths[i] = length;
            }
        }
    }

    /** Applies the computed widths, the frozen header, the filter and the print setup. */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.max(Sheets.MIN_WIDTH, Math.min(Sheets.MAX_WIDTH, widths[i] + 2));
            // 1/256 of a character; Times New Roman 12 is a little wider than Excel's default font
            sheet.setColumnWidth(i, (int) Math.min(255 * 256, chars * 256 * 1.15));
        }
        if (!groups.isEmpty()) {
            // Excel does not fit a row's height to wrapped text in merged cells: estimate it
            int col = 0;
            int lines = 1;
            for (Sheets.Group g : groups) {
                int chars = 0;
                for (int i = col; i < col + g.span(); i++) {
                    chars += Math.max(Sheets.MIN_WIDTH, Math.min(Sheets.MAX_WIDTH, widths[i] + 2));
                }
                lines = Math.max(lines, (int) Math.ceil(g.header().length() / (double) Math.max(chars, 1)));
                col += g.span();
            }
            sheet.getRow(firstHeaderRow).setHeightInPoints(lines * 16f + 2);
        }
        sheet.createFreezePane(frozenColumns, lastHeaderRow + 1);
        if (lastDataRow > lastHeaderRow) {
            sheet.setAutoFilter(new CellRangeAddress(lastHeaderRow, lastDataRow, 0, columns.size() - 1));
        }
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        SheetStyles.printOnA4(sheet, labels.text("report.footer.page", "&P", "&N"));
    }
}
