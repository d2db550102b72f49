package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.thiduabot.commendation.VoteInput.Choice;

class VoteInputTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void dates_and_times_are_read_as_the_school_writes_them() {
        assertThat(VoteInput.date("20/05/2027")).contains(LocalDate.of(2027, 5, 20));
        assertThat(VoteInput.date("5.6.2027")).contains(LocalDate.of(2027, 6, 5));
        assertThat(VoteInput.date("31/02/2027")).isEmpty();
        assertThat(VoteInput.date("mai")).isEmpty();
        assertThat(VoteInput.dateTime("20/05/2027 16:30", VN)).contains(Instant.parse("2027-05-20T09:30:00Z"));
        assertThat(VoteInput.dateTime("20/05/2027 16h30", VN)).contains(Instant.parse("2027-05-20T09:30:00Z"));
        assertThat(VoteInput.dateTime("20/05/2027 25:00", VN)).isEmpty();
        assertThat(VoteInput.dateTime(Instant.parse("2027-05-20T09:30:00Z"), VN)).isEqualTo("16:30 20/05/2027");
    }

    @Test
    void a_written_ballot_is_one_letter_per_proposal() {
        assertThat(VoteInput.choices("Đ K đ -")).contains(java.util.List.of(Choice.YES, Choice.NO, Choice.YES, Choice.SKIP));
        assertThat(VoteInput.choices("dk,Y n")).contains(java.util.List.of(Choice.YES, Choice.NO, Choice.YES, Choice.NO));
        assertThat(VoteInput.choices("Đ X")).isEmpty();
        assertThat(VoteInput.choices("  ")).isEmpty();
    }
}
