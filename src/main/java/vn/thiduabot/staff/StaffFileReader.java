package vn.thiduabot.staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a staff list (.csv in UTF-8, or the first sheet of an .xlsx) into raw rows, with the line
 * numbers the user sees in the file. Checks the file as a whole (size, type, header); the rows
 * themselves are checked by {@link StaffImporter}.
 */
final class StaffFileReader {

    /** The columns a staff list may have; the first three are required. */
    enum Column {
        FULL_NAME(true, "ho va ten", "ho ten", "full name", "fullname", "name"),
        PHONE(true, "so dien thoai", "dien thoai", "sdt", "so dt", "phone", "phone number", "mobile"),
        ROLES(true, "vai tro", "roles", "role"),
        TEAM(false, "to", "to chuyen mon", "to cm", "team"),
        EMAIL(false, "email", "e mail", "thu dien tu");

        final boolean required;
        final List<String> aliases;

        Column(boolean required, String... aliases) {
            this.required = required;
            this.aliases = List.of(aliases);
        }

        /** Message key of the column's name as shown to the user. */
        String messageKey() {
            return "import.column." + name().toLowerCase(Locale.ROOT);
        }

        static Optional<Column> forHeader(String header) {
            String h = AccountLinking.fold(header).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").trim();
            for (Column c : values()) {
                if (c.aliases.contains(h)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** One row of the file; absent optional columns are null, present but empty cells are "". */
    record RawRow(int line, String fullName, String phone, String roles, String team, String email) { }

    /** What was read: the rows, and which optional columns the file has at all. */
    record Content(List<RawRow> rows, boolean hasTeam, boolean hasEmail) { }

    /** The file as a whole cannot be read; nothing of it is imported. */
    static final class Invalid extends Exception {
        final transient ImportReport.Message problem;

        Invalid(String key, Object... args) {
            super(key);
            this.problem = ImportReport.Message.of(key, args);
        }
    }

    /** How many rows from the top may come before the header (a title, the school's name...). */
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4b, 0x03, 0x04};

    private final long maxBytes;

    StaffFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Content read(String fileName, byte[] content) throws Invalid {
        if (content == null || content.length == 0) {
            throw new Invalid("import.error.empty");
        }
        if (content.length > maxBytes) {
            throw new Invalid("import.error.too-large", megabytes(maxBytes));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        if (name.endsWith(".csv")) {
            return fromRows(csvRows(content));
        }
        if (name.endsWith(".xlsx")) {
            return fromRows(xlsxRows(content));
        }
        throw new Invalid("import.error.unknown-type", fileName == null || fileName.isBlank() ? "?" : fileName);
    }

    /** True if a file of this name would be read at all (checked before downloading it). */
    static boolean knownType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /** "5" for 5 MiB, "0.5" for 512 KiB: for messages. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    // --- CSV ------------------------------------------------------------------------------------------

    private record Line(int number, List<String> cells) { }

    private static List<Line> csvRows(byte[] content) throws Invalid {
        if (startsWith(content, ZIP_MAGIC)) {
            throw new Invalid("import.error.not-csv"); // an .xlsx renamed to .csv
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("import.error.not-utf8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Invalid("import.error.not-csv");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(guessDelimiter(text))
                .setIgnoreEmptyLines(false) // kept, so that line numbers match the file
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        long consumed = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lines.add(new Line((int) consumed + 1, record.toList()));
                consumed = parser.getCurrentLineNumber();
            }
        } catch (IOException | RuntimeException e) {
            // commons-csv reports a quote that is never closed as an UncheckedIOException
            throw new Invalid("import.error.bad-csv", String.valueOf(consumed + 1));
        }
        return lines;
    }

    /**
     * Vietnamese Excel saves "CSV" with semicolons; others use commas (or tabs). The first lines
     * decide (more than one, as a title line above the header may have no separator at all).
     */
    private static char guessDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < HEADER_SEARCH_ROWS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case '\n' -> lines++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    // --- XLSX -----------------------------------------------------------------------------------------

    private static List<Line> xlsxRows(byte[] content) throws Invalid {
        if (!startsWith(content, ZIP_MAGIC)) {
            throw new Invalid("import.error.not-xlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Invalid("import.error.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Line> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cellText(row.getCell(c), formatter, evaluator));
                    }
                }
                lines.add(new Line(r + 1, cells));
            }
            return lines;
        } catch (Invalid e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI throws many kinds of exception for a damaged or disguised file; all mean the same to the user.
            throw new Invalid("import.error.not-xlsx");
        }
    }

    /**
     * The cell as the user sees it, except that whole numbers never come out as "9.12E+8" or with
     * thousands separators: a phone typed into a number cell (and so without its leading zero) stays
     * readable.
     */
    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        String shown;
        try {
            shown = formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            shown = formatter.formatCellValue(cell); // a formula POI cannot evaluate: its cached text
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell) && !shown.trim().matches("\\d+")) {
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
        }
        return shown;
    }

    // --- Header and rows ------------------------------------------------------------------------------

    private static Content fromRows(List<Line> lines) throws Invalid {
        int headerIndex = findHeader(lines);
        if (headerIndex < 0) {
            throw new Invalid("import.error.empty");
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> header = lines.get(headerIndex).cells();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Column.forHeader(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<Column> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            // column names are rendered later, in the reader's language
            throw new Invalid("import.error.missing-columns",
                    missing.stream().map(c -> ImportReport.Message.of(c.messageKey())).toList());
        }
        List<RawRow> rows = new ArrayList<>();
        for (Line line : lines.subList(headerIndex + 1, lines.size())) {
            if (line.cells().stream().allMatch(c -> clean(c).isEmpty())) {
                continue;
            }
            rows.add(new RawRow(line.number(),
                    cell(line, columns, Column.FULL_NAME), cell(line, columns, Column.PHONE),
                    cell(line, columns, Column.ROLES), cell(line, columns, Column.TEAM),
                    cell(line, columns, Column.EMAIL)));
        }
        return new Content(rows, columns.containsKey(Column.TEAM), columns.containsKey(Column.EMAIL));
    }

    /**
     * The header is the first row naming at least two known columns, within the first rows (a
     * school's list often starts with a title); failing that, the first non-empty row, so that the
     * error can say which columns are missing.
     */
    private static int findHeader(List<Line> lines) {
        int firstNonEmpty = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADER_SEARCH_ROWS; i++) {
            List<String> cells = lines.get(i).cells();
            if (cells.stream().allMatch(c -> clean(c).isEmpty())) {
                continue;
            }
            seen++;
            if (firstNonEmpty < 0) {
                firstNonEmpty = i;
            }
            long known = cells.stream().map(Column::forHeader).flatMap(Optional::stream).distinct().count();
            if (known >= 2) {
                return i;
            }
        }
        return firstNonEmpty;
    }

    private static String cell(Line line, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        return index < line.cells().size() ? clean(line.cells().get(index)) : "";
    }

    /** NFC (text from some systems arrives decomposed), single spaces, no non-breaking spaces, trimmed. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
