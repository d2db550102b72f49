package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;

/** /caidat mutes notices but never deadline reminders; /taila refuses a broken campaign file. */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-10-01T02:00:00Z")
class ReminderSettingsTest {

    /** The application's data folder; its campaigns/ is the copy of the test campaign folder (BotTest). */
    @Value("${thidua.data-dir}")
    Path dir;

    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired ReminderService reminders;
    @Autowired Texts texts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;


    @BeforeAll
    static void staff(@Autowired StaffRepository staff) {
        for (long id : new long[] {701, 702}) {
            StaffMember m = new StaffMember("Giáo viên " + id, "+84912000" + id, null, null, Set.of(Role.TEACHER), Instant.now());
            m.linkTelegram(id, id, null, Instant.now());
            staff.save(m);
        }
        StaffMember secretary = new StaffMember("Thư ký", "+84912000703", null, null, Set.of(Role.SECRETARY), Instant.now());
        secretary.linkTelegram(703, 703, null, Instant.now());
        staff.save(secretary);
    }

    private ChatDriver chat() {
        return new ChatDriver(intake, outbox);
    }

    @Test
    void a_teacher_who_muted_notices_gets_no_timeline_notice_but_the_others_do() {
        chat().says(701, "/caidat");
        assertThat(chat().lastText(701)).isEqualTo(texts.get(Texts.VIETNAMESE, "settings.notices-on"));
        chat().presses(701, texts.get(Texts.VIETNAMESE, "settings.mute"));
        assertThat(chat().lastText(701)).isEqualTo(texts.get(Texts.VIETNAMESE, "settings.notices-muted"));

        reminders.fire("2023-2024:timeline:2023-10-01:3");

        assertThat(outbox.queuedFor(701)).noneMatch(m -> m.text().startsWith("📅"));
        assertThat(outbox.queuedFor(702)).filteredOn(m -> m.text().startsWith("📅")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("01/10/2023"));
    }

    @Test
    void reload_with_a_broken_file_is_refused_and_names_the_problem() throws IOException {
        Path file = dir.resolve("campaigns/campaign-2023-2024.yml");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("registration: 2023-09-15", "registration: 15-09-2023"));
        try {
            chat().says(703, "/taila");
            assertThat(chat().lastText(703)).contains("deadlines.registration").contains("yyyy-MM-dd");
        } finally {
            Files.writeString(file, good);
        }
        chat().says(703, "/taila");
        assertThat(chat().lastText(703)).contains("2023-2024");
    }

    @Test
    void a_mute_button_of_the_earlier_text_format_is_no_longer_valid_and_mutes_nothing() {
        chat().says(702, "/caidat");
        String mute = ChatDriver.token(chat().latestWith(702, texts.get(Texts.VIETNAMESE, "settings.mute")),
                texts.get(Texts.VIETNAMESE, "settings.mute"));
        jdbc.update("update callback_token set payload = 'off' where token = ?", mute);

        assertThat(chat().pressToken(702, mute)).isEqualTo(texts.get(Texts.VIETNAMESE, "error.button-stale"));
        chat().says(702, "/caidat");
        assertThat(chat().lastText(702)).isEqualTo(texts.get(Texts.VIETNAMESE, "settings.notices-on"));
    }
}
