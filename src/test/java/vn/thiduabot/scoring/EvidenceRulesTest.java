package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thiduabot.chat.Texts;

/** What the bot accepts as evidence: photos and PDF/DOCX/XLSX/JPG/PNG files up to 20 MB. */
class EvidenceRulesTest {

    private static EvidenceRules.Check doc(String name, String mime, long size) {
        return EvidenceRules.check(new EvidenceRules.Upload(false, "f1", name, mime, size), Texts.VIETNAMESE);
    }

    @Test
    void documents_of_the_allowed_types_are_accepted_by_name_or_by_type() {
        assertThat(doc("Giao an.PDF", null, 1000).kind()).isEqualTo(Evidence.Kind.DOCUMENT);
        assertThat(doc("bang diem.xlsx", null, 1000).ok()).isTrue();
        assertThat(doc("bien ban.docx", null, 1000).ok()).isTrue();
        assertThat(doc("anh.jpg", "image/jpeg", 1000).ok()).isTrue();
        assertThat(doc(null, "application/pdf", 1000).ok()).isTrue();
    }

    @Test
    void other_types_are_refused_with_the_file_name() {
        EvidenceRules.Check zip = doc("minh-chung.zip", "application/zip", 1000);
        assertThat(zip.refusalKey()).isEqualTo("scoring.evidence.wrong-type");
        assertThat(zip.args()).containsExactly("minh-chung.zip");
        assertThat(doc("giao-an.doc", "application/msword", 1000).ok()).as("old Word format").isFalse();
        assertThat(doc(null, null, 1000).refusalKey()).isEqualTo("scoring.evidence.wrong-type");
    }

    @Test
    void a_file_over_20_mb_is_refused_with_its_size() {
        assertThat(doc("ok.pdf", null, 20L * 1024 * 1024).ok()).as("exactly 20 MB").isTrue();
        EvidenceRules.Check big = doc("video.pdf", null, 25L * 1024 * 1024 + 300_000);
        assertThat(big.refusalKey()).isEqualTo("scoring.evidence.too-large");
        assertThat(big.args()).containsExactly("video.pdf", "25,3", "20");
    }

    @Test
    void a_photo_is_accepted_without_a_name_or_type() {
        EvidenceRules.Check photo = EvidenceRules.check(new EvidenceRules.Upload(true, "p1", null, null, 90_000), Texts.VIETNAMESE);
        assertThat(photo.kind()).isEqualTo(Evidence.Kind.PHOTO);
    }
}
