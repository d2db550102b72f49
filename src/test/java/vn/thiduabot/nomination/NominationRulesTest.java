package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The rules a nominator meets: nobody nominates themselves, one nominee once a quarter, an achievement of sensible length. */
class NominationRulesTest {

    @Test
    void picking_ones_own_staff_row_is_self_nomination_but_a_namesake_colleague_is_not() {
        assertThat(NominationRules.isSelf(7, "Bùi Thị Hương", NomineeKind.STAFF, 7L, "Bùi Thị Hương")).isTrue();
        assertThat(NominationRules.isSelf(7, "Bùi Thị Hương", NomineeKind.STAFF, 8L, "Bùi Thị Hương")).isFalse();
    }

    @Test
    void typing_ones_own_name_as_an_outsider_is_self_nomination_with_or_without_accents() {
        assertThat(NominationRules.isSelf(7, "Bùi Thị Hương", NomineeKind.EXTERNAL, null, "bui thi  huong")).isTrue();
        assertThat(NominationRules.isSelf(7, "Đinh Công Minh", NomineeKind.EXTERNAL, null, "Dinh Cong Minh")).isTrue();
        assertThat(NominationRules.isSelf(7, "Bùi Thị Hương", NomineeKind.EXTERNAL, null, "Bùi Thị Hường")).as("a different name")
                .isFalse();
        assertThat(NominationRules.isSelf(7, "Bùi Thị Hương", NomineeKind.COLLECTIVE, null, "Bùi Thị Hương"))
                .as("a collective is never oneself").isFalse();
    }

    @Test
    void the_same_nominee_typed_differently_is_the_same_nominee_for_the_once_a_quarter_rule() {
        String a = NominationRules.nomineeKey(NomineeKind.EXTERNAL, null, "Hà Văn Tuấn");
        String b = NominationRules.nomineeKey(NomineeKind.EXTERNAL, null, "  ha van   TUAN ");
        assertThat(a).isEqualTo(b);
        assertThat(NominationRules.nomineeKey(NomineeKind.COLLECTIVE, null, "Lớp 9A"))
                .isEqualTo(NominationRules.nomineeKey(NomineeKind.COLLECTIVE, null, "lop 9a"));
        assertThat(NominationRules.nomineeKey(NomineeKind.STAFF, 12L, "Lò Thị Hoa"))
                .as("a colleague is known by staff id, so two colleagues of one name stay apart")
                .isEqualTo("staff:12").isNotEqualTo(NominationRules.nomineeKey(NomineeKind.STAFF, 13L, "Lò Thị Hoa"));
    }

    @Test
    void the_achievement_needs_ten_to_two_thousand_characters_and_a_refusal_says_how_many() {
        assertThat(NominationRules.checkAchievement(NominationRules.clean("  Tốt lắm  "))).isPresent()
                .get().extracting(NominationRules.Refusal::key).isEqualTo("nomination.achievement.too-short");
        assertThat(NominationRules.checkAchievement("a".repeat(10))).isEmpty();
        assertThat(NominationRules.checkAchievement("a".repeat(2000))).isEmpty();
        NominationRules.Refusal tooLong = NominationRules.checkAchievement("a".repeat(2001)).orElseThrow();
        assertThat(tooLong.key()).isEqualTo("nomination.achievement.too-long");
        assertThat(tooLong.args()).containsExactly("2001", "2000");
    }

    @Test
    void vietnamese_letters_count_once_however_the_phone_composed_them() {
        String composed = "Dạy giỏi cấp tỉnh ".repeat(111); // 18 characters x 111 = 1998, then one more
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(2000);
        String cleaned = NominationRules.clean(decomposed + "ạ");
        assertThat(NominationRules.length(cleaned)).isEqualTo(1999);
        assertThat(NominationRules.checkAchievement(cleaned)).isEmpty();
    }

    @Test
    void a_typed_name_may_have_two_hundred_characters() {
        assertThat(NominationRules.checkName("Lớp 9A")).isEmpty();
        assertThat(NominationRules.checkName("x".repeat(200))).isEmpty();
        assertThat(NominationRules.checkName("x".repeat(201))).get().extracting(NominationRules.Refusal::args)
                .isEqualTo(java.util.List.of("201", "200"));
        assertThat(NominationRules.checkName("")).isPresent();
    }

    @Test
    void evidence_is_photos_and_pdf_docx_xlsx_jpg_png_only() {
        assertThat(NominationRules.evidenceName(false, "Giấy khen.PDF", "application/pdf", 1)).contains("Giấy khen.PDF");
        assertThat(NominationRules.evidenceName(false, "bao-cao.docx", null, 1)).contains("bao-cao.docx");
        assertThat(NominationRules.evidenceName(false, "diem.xlsx", null, 1)).isPresent();
        assertThat(NominationRules.evidenceName(false, "anh.png", null, 1)).isPresent();
        assertThat(NominationRules.evidenceName(false, "setup.exe", "application/octet-stream", 1)).isEmpty();
        assertThat(NominationRules.evidenceName(false, "bao-cao.doc", null, 1)).as("old Word format").isEmpty();
        assertThat(NominationRules.evidenceName(true, null, "image/jpeg", 3)).contains("photo-3.jpg");
        assertThat(NominationRules.evidenceName(false, null, "application/pdf", 2)).contains("evidence-2.pdf");
    }
}
