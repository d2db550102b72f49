package vn.thiduabot.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The fonts and cell styles of one workbook: Times New Roman 12, bold wrapped grey headers, thin borders. */
final class SheetStyles {

    private final XSSFWorkbook workbook;
    final CellStyle school;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    final CellStyle date;
    final CellStyle totalText;
    final CellStyle totalNumber;
    final CellStyle note;

    SheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
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

    private Font font(boolean bold, int points) {
        Font f = workbook.createFont();
        f.setFontName(Sheets.FONT);
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

    /** A4 landscape, fitted to the page width, centred, with the page footer. */
    static void printOnA4(XSSFSheet sheet, String footer) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.5);
        sheet.setMargin(XSSFSheet.RightMargin, 0.5);
        sheet.getFooter().setCenter(footer);
    }
}
