package vn.thiduabot.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx, streamed row by row with POI's event API (SAX), so that a huge sheet
 * is refused at its first row past a cap instead of being built in memory. Formulas are never
 * evaluated: a formula cell gives the value Excel cached when it saved the file.
 */
final class XlsxLines {

    /*
     * Checked by POI's ZipSecureFile whenever a part is inflated. A staff list of 5,000 rows is well
     * under a megabyte of XML: 100 MB per part and 10 million characters of text leave room for any real
     * file and stop a zip bomb long before it fills the heap; real .xlsx parts compress at most about
     * 1:50, so a ratio below 1:100 (0.01, POI's default, kept explicit) is a bomb.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    static final long MAX_TEXT_SIZE = 10_000_000L;

    private XlsxLines() {
    }

    /** Sets POI's limits for opening zip files; idempotent, and never loosens a stricter setting. */
    static void secureZip() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
        if (ZipSecureFile.getMaxTextSize() > MAX_TEXT_SIZE) {
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        }
    }

    static List<StaffLines.Line> read(byte[] content, StaffFileReader.Limits limits) throws StaffFileReader.Invalid {
        secureZip();
        Path temp = null;
        try {
            // opened from a file, POI inflates one part at a time as it is read (from a stream it would inflate all)
            temp = Files.createTempFile("staff-list", ".xlsx");
            Files.write(temp, content);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw new StaffFileReader.Invalid("import.error.empty");
                }
                StaffLines lines = new StaffLines(limits);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(pkg, false), new Rows(lines), new WholeNumbers(), false));
                    parser.parse(new InputSource(sheet));
                }
                return lines.lines();
            }
        } catch (StaffLines.Stop stop) {
            throw stop.reason;
        } catch (StaffFileReader.Invalid e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI throws many kinds of exception for a damaged, disguised or bomb-like file; all mean the same to the user
            throw new StaffFileReader.Invalid("import.error.not-xlsx");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed with the temp directory
                }
            }
        }
    }

    /** Turns the handler's cells into lines; cells a row leaves out are "". */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final StaffLines lines;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Rows(StaffLines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= lines.limits().maxColumns() && value != null && !StaffFileReader.clean(value).isEmpty()) {
                throw StaffLines.tooManyColumns(lines.limits()); // before padding the row out to column XFD
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(row + 1, cells);
        }
    }

    /**
     * Formats cells as Excel shows them, except that whole numbers never come out as "9.12E+8" or with
     * thousands separators: a phone typed into a number cell (and so without its leading zero) stays readable.
     */
    private static final class WholeNumbers extends DataFormatter {
        WholeNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            String shown = super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            if (!DateUtil.isADateFormat(formatIndex, formatString) && !shown.trim().matches("\\d+")
                    && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return shown;
        }
    }
}
