package vn.thiduabot.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the bot's files back with POI, as Excel would show them. */
public final class Xlsx {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Xlsx() { }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    /** The texts of a row as displayed (dates as dd/MM/yyyy, numbers without trailing zeros). */
    public static List<String> texts(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : FORMAT.formatCellValue(c));
        }
        return out;
    }

    public static String text(Sheet sheet, int row, int col) {
        List<String> t = texts(sheet, row);
        return col < t.size() ? t.get(col) : "";
    }

    /** The index of the header row: the row that freezes the pane. */
    public static int headerRow(Sheet sheet) {
        return sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
    }

    /** The data rows under the header: consecutive rows whose first cell is a number (the STT). */
    public static List<List<String>> numberedRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                break;
            }
            rows.add(texts(sheet, r));
        }
        return rows;
    }

    /** All rows under the header up to the first empty one. */
    public static List<List<String>> rowsUnderHeader(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                break;
            }
            rows.add(texts(sheet, r));
        }
        return rows;
    }
}
