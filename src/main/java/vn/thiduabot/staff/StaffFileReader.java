package vn.thiduabot.staff;

import vn.thiduabot.people.Names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thiduabot.staff.StaffLines.Line;

/**
 * Reads a staff list (.csv in UTF-8, or the first sheet of an .xlsx) into raw rows, with the line
 * numbers the user sees in the file. Checks the file as a whole (size, rows, columns, type, header);
 * the rows themselves are checked by {@link StaffImporter}. The caps on rows and columns are checked
 * while the file is read ({@link StaffLines}), so an oversized file is refused without being built.
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
            String h = Names.fold(header).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").trim();
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

    /**
     * Caps on a file's size. 5,000 data rows is ten times the largest school's staff (a district's
     * list fits too); 50 columns is far more than the five a staff list has, with room for a school's
     * own extra columns (STT, date of birth, subject...).
     */
    record Limits(int maxRows, int maxColumns) {
        static final Limits DEFAULT = new Limits(5_000, 50);
    }

    /** How many rows from the top may come before the header (a title, the school's name...). */
    static final int HEADER_SEARCH_ROWS = 10;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4b, 0x03, 0x04};

    private final long maxBytes;
    private final Limits limits;

    StaffFileReader(long maxBytes) {
        this(maxBytes, Limits.DEFAULT);
    }

    StaffFileReader(long maxBytes, Limits limits) {
        this.maxBytes = maxBytes;
        this.limits = limits;
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
            return fromRows(CsvLines.read(content, limits));
        }
        if (name.endsWith(".xlsx")) {
            if (!isZip(content)) {
                throw new Invalid("import.error.not-xlsx");
            }
            return fromRows(XlsxLines.read(content, limits));
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

    // --- Header and rows ------------------------------------------------------------------------------

    private Content fromRows(List<Line> lines) throws Invalid {
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
        List<Line> data = lines.subList(headerIndex + 1, lines.size()).stream().filter(l -> !l.blank()).toList();
        if (data.size() > limits.maxRows()) {
            throw StaffLines.tooManyRows(limits).reason;
        }
        List<RawRow> rows = new ArrayList<>();
        for (Line line : data) {
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
            if (lines.get(i).blank()) {
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

    /** Starts like a zip archive (an .xlsx is one). */
    static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

}
