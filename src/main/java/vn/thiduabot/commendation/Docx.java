package vn.thiduabot.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A finished .docx as bytes (the document is closed). */
final class Docx {

    private Docx() {
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
