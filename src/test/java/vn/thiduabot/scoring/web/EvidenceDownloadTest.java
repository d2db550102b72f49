package vn.thiduabot.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.web.WebRefusal;

/**
 * An evidence file as the reviewer's page receives it: the bytes Telegram gave, under the teacher's own file name
 * (Vietnamese included), shown inline, with a type from the short list of evidence types whatever the phone claimed,
 * at most 20 MB, and a polite refusal (never Telegram's address) when Telegram does not give the file.
 */
class EvidenceDownloadTest {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_pdf_is_served_inline_under_its_vietnamese_name_with_its_type_and_length() {
        AtomicLong cap = new AtomicLong();
        FileFetcher telegram = (fileId, maxBytes) -> {
            assertThat(fileId).isEqualTo("doc-II.1");
            cap.set(maxBytes);
            return PDF;
        };
        ResponseEntity<byte[]> r = EvidenceDownload.of(telegram, 7, "doc-II.1", "Giấy khen II.1.pdf", "application/pdf", false);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getBody()).isEqualTo(PDF);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(r.getHeaders().getContentLength()).isEqualTo(PDF.length);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename*=UTF-8''Gi%E1%BA%A5y%20khen%20II.1.pdf");
        assertThat(r.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(cap.get()).as("Telegram's own limit for bots, and the largest evidence accepted").isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void the_type_comes_from_the_evidence_list_never_from_what_the_phone_claimed() {
        assertThat(EvidenceDownload.type("bang-diem.xlsx", "text/html", false))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceDownload.type(null, "image/png", false)).isEqualTo("image/png");
        assertThat(EvidenceDownload.type("trang.html", "text/html", false)).isEqualTo("application/octet-stream");
        assertThat(EvidenceDownload.type(null, null, true)).isEqualTo("image/jpeg");
    }

    @Test
    void a_photo_without_a_name_gets_one_and_a_quote_or_semicolon_in_a_name_cannot_break_the_header() {
        ResponseEntity<byte[]> photo = EvidenceDownload.of((id, max) -> PDF, 12, "photo-1", null, null, true);
        assertThat(photo.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename*=UTF-8''evidence-12.jpg");
        assertThat(EvidenceDownload.rfc5987("a\"b;c\r\n.pdf")).isEqualTo("a%22b%3Bc%0D%0A.pdf");
    }

    @Test
    void when_telegram_does_not_give_the_file_the_reviewer_gets_a_polite_refusal() {
        FileFetcher failing = (fileId, maxBytes) -> {
            throw new IOException("Downloading the file failed: HTTP 502");
        };
        assertThatThrownBy(() -> EvidenceDownload.of(failing, 7, "doc", "a.pdf", null, false))
                .isInstanceOfSatisfying(WebRefusal.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.key()).isEqualTo("web.review.evidence-failed");
                });
    }
}
