package vn.thiduabot.commendation;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** How the minutes are set: Times New Roman paragraphs, and table cells of centred lines (headers, signature blocks). */
final class MinutesLayout {

    static final String FONT = "Times New Roman";

    private MinutesLayout() {
    }

    static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** A table cell with one centred line per entry (bold for headers and signature blocks). */
    static void cell(XWPFTableRow row, int index, List<String> lines, boolean bold) {
        block(row, index, lines.stream().map(l -> new Line(l, bold, false, 12)).toList(), bold);
    }

    static void block(XWPFTableRow row, int index, List<Line> lines) {
        block(row, index, lines, true);
    }

    /** One line of a table cell, with its own weight, slant and size. */
    record Line(String text, boolean bold, boolean italic, int size) { }

    static void block(XWPFTableRow row, int index, List<Line> lines, boolean centred) {
        var cell = row.getCell(index) != null ? row.getCell(index) : row.addNewTableCell();
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(line.size());
            run.setBold(line.bold());
            run.setItalic(line.italic());
            run.setText(line.text());
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }
}
