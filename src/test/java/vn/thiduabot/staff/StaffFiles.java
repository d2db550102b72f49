package vn.thiduabot.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
}
