package vn.thiduabot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The few .docx pieces the Department package's papers use: a paragraph, a bordered table, the bytes. */
final class DeptDocx {

    private static final String FONT = "Times New Roman";

    private DeptDocx() { }

    static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(13);
        r.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    /** A table: the header row in bold, then one row per entry. */
    static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable t = doc.createTable(1, header.size());
        t.setWidth("100%");
        fill(t.getRow(0), header, true);
        for (List<String> row : rows) {
            fill(t.createRow(), row, false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun r = p.createRun();
            r.setFontFamily(FONT);
            r.setFontSize(12);
            r.setBold(bold);
            r.setText(values.get(i));
        }
    }

    static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
