package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;

/** The registration deadline is a whole day; the secretary's reopening outlives it until the next send. */
class RegistrationWindowTest {

    static final LocalDate DEADLINE = LocalDate.of(2023, 9, 15);
    static final Campaign CAMPAIGN = new Campaign("test.yml", "Trường mẫu", "2023-2024", ZoneId.of("Asia/Ho_Chi_Minh"),
            new Campaign.Deadlines(DEADLINE, LocalDate.of(2023, 10, 10), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 20), List.of()),
            List.of(), List.of(), List.of(), List.of(), null, false, List.of());
    static final Instant T = Instant.parse("2023-09-10T01:00:00Z");

    @Test
    void the_deadline_day_itself_is_open_and_the_day_after_is_closed() {
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.minusDays(10), null)).isTrue();
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE, null)).isTrue();
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(1), null)).isFalse();
        assertThat(RegistrationWindow.collectiveEditable(CAMPAIGN, DEADLINE)).isTrue();
        assertThat(RegistrationWindow.collectiveEditable(CAMPAIGN, DEADLINE.plusDays(1))).isFalse();
    }

    @Test
    void a_draft_or_sent_registration_is_closed_after_the_deadline_like_anyone_elses() {
        Registration r = new Registration(1, "2023-2024", T);
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(1), r)).isFalse();
        r.chooseTitle("LDTT", T);
        r.submit(T);
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(1), r)).isFalse();
    }

    @Test
    void a_reopened_registration_is_editable_after_the_deadline_until_it_is_sent_again() {
        Registration r = new Registration(1, "2023-2024", T);
        r.submit(T);
        r.reopen(2, "Sai chỉ tiêu", false, T.plusSeconds(86_400 * 7));
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(3), r)).isTrue();
        r.submit(T.plusSeconds(86_400 * 8));
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(3), r)).isFalse();
    }

    @Test
    void a_reopening_before_the_last_send_grants_nothing_after_an_edit() {
        Registration r = new Registration(1, "2023-2024", T);
        r.reopen(2, "Bổ sung", false, T);
        r.submit(T.plusSeconds(60));
        r.edit(T.plusSeconds(120)); // the owner pressed Edit before the deadline
        assertThat(RegistrationWindow.editable(CAMPAIGN, DEADLINE.plusDays(1), r)).isFalse();
    }
}
