package vn.thiduabot.staff;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A .csv staff list in UTF-8 (with or without Excel's byte-order mark), read record by record under the caps. */
final class CsvLines {

    private CsvLines() {
    }

    static List<StaffLines.Line> read(byte[] content, StaffFileReader.Limits limits) throws StaffFileReader.Invalid {
        if (StaffFileReader.isZip(content)) {
            throw new StaffFileReader.Invalid("import.error.not-csv"); // an .xlsx renamed to .csv
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new StaffFileReader.Invalid("import.error.not-utf8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new StaffFileReader.Invalid("import.error.not-csv");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(guessDelimiter(text))
                .setIgnoreEmptyLines(false) // kept, so that line numbers match the file
                .setTrim(true)
                .get();
        StaffLines lines = new StaffLines(limits);
        long consumed = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lines.add((int) consumed + 1, record.toList());
                consumed = parser.getCurrentLineNumber();
            }
        } catch (StaffLines.Stop stop) {
            throw stop.reason;
        } catch (IOException | RuntimeException e) {
            // commons-csv reports a quote that is never closed as an UncheckedIOException
            throw new StaffFileReader.Invalid("import.error.bad-csv", String.valueOf(consumed + 1));
        }
        return lines.lines();
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
        for (int i = 0; i < text.length() && lines < StaffFileReader.HEADER_SEARCH_ROWS; i++) {
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
}
