package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "+84912345678", "84-912-345-678", "84912345678", "0084 912 345 678",
            "(091) 234.5678", "912345678", "+84 0912 345 678"})
    void the_usual_ways_of_writing_one_mobile_number_are_one_number(String written) {
        assertThat(PhoneNumbers.normalise(written)).contains("+84912345678");
    }

    @Test
    void a_landline_with_its_area_code_is_accepted() {
        assertThat(PhoneNumbers.normalise("0218 3862 123")).contains("+842183862123");
        assertThat(PhoneNumbers.normalise("+84 218 386 2123")).contains("+842183862123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "09x", "0912", "091234567890", "0112345678", "+1 415 555 0100", "abc",
            "0912-345-67a", "+", "12345678"})
    void what_is_not_a_vietnamese_number_is_refused(String written) {
        assertThat(PhoneNumbers.normalise(written)).isEmpty();
    }

    @Test
    void a_missing_number_is_refused() {
        assertThat(PhoneNumbers.normalise(null)).isEmpty();
    }

    @Test
    void logs_see_a_masked_number() {
        assertThat(PhoneNumbers.mask("+84912345678")).isEqualTo("+849****678").doesNotContain("12345");
        assertThat(PhoneNumbers.mask(null)).isEqualTo("****");
        assertThat(PhoneNumbers.mask("123")).isEqualTo("****");
    }
}
