package vn.thiduabot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
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
    private final SheetStyles styles;

    Sheets(ReportLabels labels) {
        this.labels = labels;
        this.styles = new SheetStyles(workbook);
    }

    ReportLabels labels() {
        return labels;
    }

    /** A new sheet with its heading and header row(s); {@code frozenColumns} stay visible when scrolling right. */
    SheetTable table(String sheetName, Heading heading, List<Column> columns, int frozenColumns) {
        return table(sheetName, heading, List.of(), columns, frozenColumns);
    }

    SheetTable table(String sheetName, Heading heading, List<Group> groups, List<Column> columns, int frozenColumns) {
        return new SheetTable(workbook.createSheet(uniqueName(sheetName)), styles, labels, heading, groups, columns, frozenColumns);
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

    static int headerWidth(String header) {
        int longestWord = 0;
        for (String w : header.split("\\s+")) {
            longestWord = Math.max(longestWord, w.length());
        }
        return Math.max(longestWord, Math.min(header.length(), HEADER_WIDTH));
    }

    static int longestLine(String s) {
        int longest = 0;
        for (String line : s.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
