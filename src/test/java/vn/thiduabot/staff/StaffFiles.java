package vn.thiduabot.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
     * with a person and a cell in column XFD, the last one Excel has. Written with SXSSF, which keeps
     * only a window of rows in memory, so the test itself stays small.
     */
    static Path hugeXlsx(Path dir) {
        Path file = dir.resolve("ds-khong-lo.xlsx");
        Random random = new Random(2024);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("Danh sach");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Số điện thoại");
            header.createCell(2).setCellValue("Vai trò");
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Người thứ " + r);
                row.createCell(1).setCellValue(String.format("09%08d", r));
                row.createCell(2).setCellValue("GIAO_VIEN");
                row.createCell(16_383).setCellValue(Long.toString(random.nextLong(), 36) + Long.toString(random.nextLong(), 36)
                        + Integer.toString(random.nextInt(1 << 30), 36));
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
