package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thiduabot.campaign.Campaign.TargetType;

/** What teachers type as target answers, on a phone keyboard, in either language's habits. */
class TargetInputTest {

    private static String ok(TargetType type, String typed) {
        TargetInput.Result r = TargetInput.parse(type, typed);
        assertThat(r).as(typed).isInstanceOf(TargetInput.Ok.class);
        return ((TargetInput.Ok) r).value();
    }

    private static String refusedKey(TargetType type, String typed) {
        TargetInput.Result r = TargetInput.parse(type, typed);
        assertThat(r).as(typed).isInstanceOf(TargetInput.Refused.class);
        return ((TargetInput.Refused) r).key();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "85|85", "85.5|85.5", "85,5|85.5", "85%|85", "85,5 %|85.5", " 90 |90", "0|0", "100|100", "100,0|100",
            "99.75|99.75", "007|7"})
    void percent_accepts_the_ways_people_write_it(String typed, String stored) {
        assertThat(ok(TargetType.PERCENT, typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.5", "101", "250%", "1000"})
    void percent_above_100_is_refused_as_out_of_range(String typed) {
        assertThat(refusedKey(TargetType.PERCENT, typed)).isEqualTo("registration.input.percent-range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "85,5,5", "tám mươi", "85%%", ",5", "1e2"})
    void percent_that_is_not_a_number_is_refused(String typed) {
        assertThat(refusedKey(TargetType.PERCENT, typed)).isEqualTo("registration.input.percent");
    }

    @Test
    void percent_with_three_decimals_is_refused_with_its_own_reason() {
        assertThat(refusedKey(TargetType.PERCENT, "85,555")).isEqualTo("registration.input.percent-decimals");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "3|3", " 12 |12", "0012|12", "100000|100000"})
    void number_accepts_whole_non_negative_numbers(String typed, String stored) {
        assertThat(ok(TargetType.NUMBER, typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "3.5", "3,5", "ba", "", "12 tiết", "+4"})
    void number_refuses_negatives_decimals_and_words(String typed) {
        assertThat(refusedKey(TargetType.NUMBER, typed)).isEqualTo("registration.input.number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100001", "99999999999999999999"})
    void number_refuses_absurdly_large_values_without_overflowing(String typed) {
        assertThat(refusedKey(TargetType.NUMBER, typed)).isEqualTo("registration.input.number-too-large");
    }

    @Test
    void text_is_trimmed_and_limited_to_500_characters_counting_vietnamese_letters_once() {
        assertThat(ok(TargetType.TEXT, "  Sáng kiến dạy học  ")).isEqualTo("Sáng kiến dạy học");
        assertThat(ok(TargetType.TEXT, "ệ".repeat(500))).hasSize(500);
        assertThat(refusedKey(TargetType.TEXT, "a".repeat(501))).isEqualTo("registration.input.text-too-long");
        assertThat(refusedKey(TargetType.TEXT, "   ")).isEqualTo("registration.input.text-empty");
    }

    @Test
    void initiative_title_and_subject_have_their_own_limits() {
        assertThat(TargetInput.text("x".repeat(300), TargetInput.MAX_INITIATIVE_TITLE)).isInstanceOf(TargetInput.Ok.class);
        assertThat(TargetInput.text("x".repeat(301), TargetInput.MAX_INITIATIVE_TITLE)).isInstanceOf(TargetInput.Refused.class);
        assertThat(TargetInput.text("x".repeat(101), TargetInput.MAX_INITIATIVE_SUBJECT)).isInstanceOf(TargetInput.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Có|yes", "co|yes", "YES|yes", "Không|no", "khong|no", "ko|no", "No|no"})
    void yes_no_typed_instead_of_tapped_is_understood(String typed, String stored) {
        assertThat(ok(TargetType.YES_NO, typed)).isEqualTo(stored);
    }

    @Test
    void yes_no_refuses_anything_else() {
        assertThat(refusedKey(TargetType.YES_NO, "có lẽ")).isEqualTo("registration.input.yes-no");
    }

    @Test
    void percent_is_shown_with_the_readers_decimal_mark() {
        assertThat(TargetInput.showPercent("85.5", Locale.forLanguageTag("vi"))).isEqualTo("85,5%");
        assertThat(TargetInput.showPercent("85.5", Locale.ENGLISH)).isEqualTo("85.5%");
    }
}
