package vn.thiduabot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet of the bot's files has in common: the header block (school, title, school year and
 * the day it was made), a bold wrapped bordered header row that repeats on every printed page and stays
 * frozen on screen, column widths computed from the content (POI's autoSizeColumn measures fonts and is
 * far too slow for 2,000 rows), and an A4 landscape print setup fitted to the page width.
 */
final class Sheets {

    /** Widest a column grows to, in characters; longer texts wrap. */
    static final int MAX_WIDTH = 50;
    static final int MIN_WIDTH = 5;
    /** Header texts wrap: they widen their column only up to this. */
    static final int HEADER_WIDTH = 16;
    static final String FONT = "Times New Roman";

    enum Kind { TEXT, WRAP, NUMBER, DATE }

    record Column(String header, Kind kind) {
        static Column text(String header) { return new Column(header, Kind.TEXT); }
        static Column wrap(String header) { return new Column(header, Kind.WRAP); }
        static Column number(String header) { return new Column(header, Kind.NUMBER); }
        static Column date(String header) { return new Column(header, Kind.DATE); }
    }

    /** A header cell spanning {@code span} columns above the column headers (a two-level header). */
    record Group(String header, int span) { }

    /** The lines above the table. */
    record Heading(String school, String title, String subtitle) { }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportLabels labels;
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle school;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrap;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle totalText;
    private final CellStyle totalNumber;
    private final CellStyle note;

    Sheets(ReportLabels labels) {
        this.labels = labels;
        Font plain = font(false, 12);
        Font bold = font(true, 12);
        school = style(bold, false, false);
        title = style(font(true, 14), false, false);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(font(false, 12), false, false);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        note = style(plain, false, false);
        header = style(bold, true, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(plain, true, false);
        wrap = style(plain, true, true);
        number = style(plain, true, false);
        number.setAlignment(HorizontalAlignment.CENTER);
        date = style(plain, true, false);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        totalText = style(bold, true, false);
        totalNumber = style(bold, true, false);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
    }

    ReportLabels labels() {
        return labels;
    }

    private Font font(boolean bold, int points) {
        Font f = workbook.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle style(Font font, boolean borders, boolean wrapped) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(wrapped);
        if (borders) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** A new sheet with its heading and header row(s); {@code frozenColumns} stay visible when scrolling right. */
    Table table(String sheetName, Heading heading, List<Column> columns, int frozenColumns) {
        return table(sheetName, heading, List.of(), columns, frozenColumns);
    }

    Table table(String sheetName, Heading heading, List<Group> groups, List<Column> columns, int frozenColumns) {
        return new Table(workbook.createSheet(uniqueName(sheetName)), heading, groups, columns, frozenColumns);
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name, and no two alike (ignoring case). */
    private String uniqueName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.trim());
        String name = base;
        for (int i = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    byte[] toBytes() {
        try (XSSFWorkbook wb = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet being written row by row; {@link #finish()} applies widths, panes and print setup. */
    final class Table {

        private final XSSFSheet sheet;
        private final List<Column> columns;
        private final List<Group> groups;
        private final int[] widths;
        private final int firstHeaderRow;
        private final int lastHeaderRow;
        private final int frozenColumns;
        private int next;
        private int lastDataRow = -1;

        private Table(XSSFSheet sheet, Heading heading, List<Group> groups, List<Column> columns, int frozenColumns) {
            this.sheet = sheet;
            this.columns = List.copyOf(columns);
            this.widths = new int[columns.size()];
            this.frozenColumns = frozenColumns;
            int lastColumn = Math.max(columns.size() - 1, 1);
            line(0, heading.school(), school, -1);
            line(1, heading.title(), title, lastColumn);
            line(2, heading.subtitle(), subtitle, lastColumn);
            next = 4;
            firstHeaderRow = next;
            this.groups = List.copyOf(groups);
            Set<Integer> spanned = new HashSet<>();
            if (!groups.isEmpty()) {
                Row g = sheet.createRow(next);
                int col = 0;
                for (Group group : groups) {
                    for (int i = 0; i < group.span(); i++) {
                        Cell c = g.createCell(col + i);
                        c.setCellStyle(header);
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
                c.setCellStyle(header);
                if (!spanned.contains(i)) {
                    c.setCellValue(columns.get(i).header());
                }
                widths[i] = headerWidth(columns.get(i).header());
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
            c.setCellStyle(note);
        }

        private void write(Object[] values, boolean total) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Object v = i < values.length ? values[i] : null;
                Cell c = r.createCell(i);
                Kind kind = columns.get(i).kind();
                int length;
                if (v == null) {
                    length = 0;
                    c.setCellStyle(total ? totalText : kind == Kind.WRAP ? wrap : text);
                } else if (v instanceof Number n) {
                    double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
                    c.setCellValue(d);
                    c.setCellStyle(total ? totalNumber : number);
                    length = plain(n).length();
                } else if (v instanceof LocalDate day) {
                    c.setCellValue(day);
                    c.setCellStyle(date);
                    length = 10;
                } else {
                    String s = v.toString();
                    c.setCellValue(s);
                    c.setCellStyle(total ? totalText : kind == Kind.WRAP ? wrap : text);
                    length = longestLine(s);
                }
                if (length > widths[i]) {
                    widths[i] = length;
                }
            }
        }

        /** Applies the computed widths, the frozen header, the filter and the print setup. */
        void finish() {
            for (int i = 0; i < widths.length; i++) {
                int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2));
                // 1/256 of a character; Times New Roman 12 is a little wider than Excel's default font
                sheet.setColumnWidth(i, (int) Math.min(255 * 256, chars * 256 * 1.15));
            }
            if (!groups.isEmpty()) {
                // Excel does not fit a row's height to wrapped text in merged cells: estimate it
                int col = 0;
                int lines = 1;
                for (Group g : groups) {
                    int chars = 0;
                    for (int i = col; i < col + g.span(); i++) {
                        chars += Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2));
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
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(XSSFSheet.LeftMargin, 0.5);
            sheet.setMargin(XSSFSheet.RightMargin, 0.5);
            sheet.getFooter().setCenter(labels.text("report.footer.page", "&P", "&N"));
        }
    }

    private static int headerWidth(String header) {
        int longestWord = 0;
        for (String w : header.split("\\s+")) {
            longestWord = Math.max(longestWord, w.length());
        }
        return Math.max(longestWord, Math.min(header.length(), HEADER_WIDTH));
    }

    private static int longestLine(String s) {
        int longest = 0;
        for (String line : s.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** Vietnamese alphabetical order (Đ after D, not after Z); a new one per file, as a Collator is not thread-safe. */
    static java.util.Comparator<String> collation() {
        java.text.Collator collator = java.text.Collator.getInstance(ReportLabels.LANGUAGE);
        collator.setStrength(java.text.Collator.SECONDARY);
        return collator::compare;
    }

    /** dd/MM/yyyy, as on the Department's forms. */
    static String date(LocalDate day) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A number as people write it: 18.5, 20 (no trailing zeros). */
    static String plain(Number n) {
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
