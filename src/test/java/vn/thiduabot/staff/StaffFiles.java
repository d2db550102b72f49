package vn.thiduabot.staff;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Staff lists for tests, written as a secretary's tools would write them. */
final class StaffFiles {

    private StaffFiles() {
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What Vietnamese Excel writes as "CSV UTF-8": a byte-order mark and semicolons. */
    static byte[] excelCsv(String... lines) {
        byte[] body = csv(lines);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    /**
     * An .xlsx whose first sheet holds the rows; a cell given as a Number becomes a numeric cell
     * (as when a phone is typed into a General cell and Excel drops its leading zero), null leaves
     * the cell out, an empty row array leaves the row out.
     */
    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sach");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length == 0) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.createSheet("Ghi chu").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hostile .xlsx of about 4.5 MB (under the 5 MB upload cap): a header, then 100,000 rows each
     * with a person and a cell in column XFD, the last one Excel has. Written once per test JVM (the tests
     * that need it share the file, which is removed when the JVM ends) and streamed straight into the zip:
     * the package of a one-sheet workbook from POI, its sheet replaced by rows written as SXSSF writes them
     * (inline strings), so the tests stay small and take a second, not the half minute SXSSF took.
     */
    static synchronized Path hugeXlsx() {
        if (huge == null) {
            try {
                Path dir = Files.createTempDirectory("thidua-huge-xlsx-");
                Path file = writeHugeXlsx(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    file.toFile().delete();
                    dir.toFile().delete();
                }, "huge-xlsx-delete"));
                huge = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return huge;
    }

    /** A copy of that file in the caller's folder. */
    static Path hugeXlsx(Path dir) {
        try {
            return Files.copy(hugeXlsx(), dir.resolve("ds-khong-lo.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path huge;

    private static Path writeHugeXlsx(Path dir) throws IOException {
        Path file = dir.resolve("ds-khong-lo.xlsx");
        byte[] template = xlsx(new Object[] {"Họ và tên"});
        Random random = new Random(2024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (!entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(in.readAllBytes());
                    zip.closeEntry();
                    continue;
                }
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
                        + "<sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData>");
                out.write("<row r=\"1\">" + cell("A1", "Họ và tên") + cell("B1", "Số điện thoại") + cell("C1", "Vai trò") + "</row>");
                StringBuilder row = new StringBuilder(256);
                for (int r = 1; r <= 100_000; r++) {
                    int line = r + 1;
                    row.setLength(0);
                    row.append("<row r=\"").append(line).append("\">")
                            .append(cell("A" + line, "Người thứ " + r))
                            .append(cell("B" + line, String.format("09%08d", r)))
                            .append(cell("C" + line, "GIAO_VIEN"))
                            .append(cell("XFD" + line, Long.toString(random.nextLong(), 36) + Long.toString(random.nextLong(), 36)
                                    + Integer.toString(random.nextInt(1 << 30), 36)))
                            .append("</row>");
                    out.write(row.toString());
                }
                out.write("</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
                        + " top=\"0.75\"/></worksheet>");
                out.flush();
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A CSV with a header and {@code rows} people, each row {@code columns} cells wide (extra cells hold a note). */
    static byte[] wideCsv(int rows, int columns) {
        StringBuilder b = new StringBuilder("Họ và tên,Số điện thoại,Vai trò");
        for (int c = 3; c < columns; c++) {
            b.append(",Ghi chú ").append(c + 1);
        }
        b.append("\r\n");
        for (int r = 1; r <= rows; r++) {
            b.append("Người thứ ").append(r).append(',').append(String.format("09%08d", r)).append(",GIAO_VIEN");
            for (int c = 3; c < columns; c++) {
                b.append(",x");
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
