package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduabot.chat.Texts;

/** How a typed score is read: what teachers type is accepted, anything else gets a specific explanation. */
class ScoreInputTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private static ScoreInput.Parsed parse(String text) {
        return ScoreInput.parse(text, TEN, false, Texts.VIETNAMESE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8|8", "8.5|8.5", "8,5|8.5", " 9 |9", "0|0", "10|10", "10.0|10", "7.50|7.5", "0,5|0.5", "00|0"})
    void accepts_whole_numbers_and_one_decimal_with_point_or_comma(String typed, String expected) {
        ScoreInput.Parsed p = parse(typed);
        assertThat(p.ok()).as(typed).isTrue();
        assertThat(p.value()).isEqualByComparingTo(expected);
        assertThat(p.value().toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8.25|scoring.score.one-decimal",
            "8,05|scoring.score.one-decimal",
            "10.5|scoring.score.above-max",
            "11|scoring.score.above-max",
            "-1|scoring.score.negative",
            "− 2|scoring.score.negative",
            "abc|scoring.score.not-number",
            "1e1|scoring.score.not-number",
            "8,5,1|scoring.score.not-number",
            "8 diem|scoring.score.not-number",
            ".5|scoring.score.not-number",
            "8.|scoring.score.not-number"})
    void refuses_with_the_reason(String typed, String key) {
        ScoreInput.Parsed p = parse(typed);
        assertThat(p.ok()).as(typed).isFalse();
        assertThat(p.errorKey()).as(typed).isEqualTo(key);
    }

    @Test
    void an_empty_answer_is_refused_and_the_maximum_is_named() {
        ScoreInput.Parsed p = parse("   ");
        assertThat(p.errorKey()).isEqualTo("scoring.score.empty");
        assertThat(p.args()).containsExactly("10");
    }

    @Test
    void a_penalty_is_the_positive_number_of_points_deducted() {
        BigDecimal max = new BigDecimal("9");
        assertThat(ScoreInput.parse("3", max, true, Texts.VIETNAMESE).value()).isEqualByComparingTo("3");
        assertThat(ScoreInput.parse("-3", max, true, Texts.VIETNAMESE).errorKey()).isEqualTo("scoring.score.penalty-negative");
        assertThat(ScoreInput.parse("9,5", max, true, Texts.VIETNAMESE).errorKey()).isEqualTo("scoring.score.penalty-above-max");
    }

    @Test
    void the_maximum_in_the_explanation_is_written_the_readers_way() {
        BigDecimal max = new BigDecimal("2.5");
        assertThat(ScoreInput.parse("3", max, false, Texts.VIETNAMESE).args()).containsExactly("2,5");
        assertThat(ScoreInput.parse("3", max, false, Texts.ENGLISH).args()).containsExactly("2.5");
    }

    @Test
    void scores_are_shown_with_a_decimal_comma_in_vietnamese_and_a_point_in_english() {
        assertThat(ScoreInput.format(new BigDecimal("8.5"), Texts.VIETNAMESE)).isEqualTo("8,5");
        assertThat(ScoreInput.format(new BigDecimal("8.5"), Texts.ENGLISH)).isEqualTo("8.5");
        assertThat(ScoreInput.format(new BigDecimal("100.0"), Texts.VIETNAMESE)).isEqualTo("100");
        assertThat(ScoreInput.format(null, Texts.VIETNAMESE)).isEqualTo("–");
    }
}
