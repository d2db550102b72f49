package vn.thiduabot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thiduabot.chat.FileFetcher;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.telegram.Await;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.Attempt;
import vn.thiduabot.telegram.FakeBotApi.CallbackAnswer;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * The Telegram transport end to end: real TelegramBots client, whole application, fake Bot API.
 * School year 2025–2026, Trường THPT Mường Chiên (fictional); the people are made up.
 */
class TelegramTransportE2eTest extends EndToEndTest {

    // --- strangers ---------------------------------------------------------------------------------

    @Test
    void a_stranger_asking_for_help_sees_the_commands_open_to_strangers() {
        FakeUser stranger = newUser("Khách");

        fake.userSends(stranger, "/trogiup");

        RecordedMessage help = awaitReply(stranger);
        assertThat(help.text()).startsWith(vi("help.header-stranger"));
        assertThat(help.text()).contains("/trogiup").doesNotContain("/ngonngu");
        assertNoMoreReplies(stranger);
    }

    @Test
    void a_stranger_using_a_command_for_staff_is_asked_to_share_their_phone_number() {
        FakeUser stranger = newUser("Lạ");

        fake.userSends(stranger, "/ngonngu");

        RecordedMessage refusal = awaitReply(stranger);
        assertThat(refusal.text()).isEqualTo(vi("error.not-linked"));
        assertThat(refusal.requestsContact()).isTrue();
        assertThat(refusal.contactButtonLabel()).isEqualTo(vi("link.share-phone-button"));
        assertNoMoreReplies(stranger);
    }

    // --- buttons -----------------------------------------------------------------------------------

    @Test
    void a_teacher_switches_to_english_with_the_buttons_and_the_help_follows() {
        FakeUser huong = newUser("Hương");
        StaffMember member = seedLinked(huong, "Bùi Thị Hương", Role.TEACHER);

        fake.userSends(huong, "/ngonngu");
        RecordedMessage choose = awaitReply(huong);
        assertThat(choose.text()).isEqualTo(vi("language.choose"));
        assertThat(choose.buttonLabels()).containsExactly(vi("language.vi"), vi("language.en"));

        String press = fake.userPresses(huong, choose, vi("language.en"));

        CallbackAnswer toast = fake.awaitCallbackAnswer(press, TIMEOUT);
        assertThat(toast.text()).isEqualTo(en("language.changed"));
        awaitReply(huong, en("language.changed"));
        assertThat(reload(member).getLanguage()).isEqualTo("en");

        fake.userSends(huong, "/trogiup");
        assertThat(awaitReply(huong).text()).startsWith(en("help.header", "Bùi Thị Hương")).contains("/language");
        assertNoMoreReplies(huong);
    }

    @Test
    void forged_button_data_is_answered_as_a_stale_button_and_changes_nothing() {
        FakeUser minh = newUser("Minh");
        StaffMember member = seedLinked(minh, "Đinh Công Minh", Role.TEACHER);

        String press = fake.userPressesRaw(minh, "lang:en");

        var answer = fake.awaitCallbackAnswer(press, TIMEOUT);
        assertThat(answer.text()).isEqualTo(vi("error.button-stale"));
        assertThat(answer.showAlert()).as("shown as an alert the user must dismiss").isTrue();
        assertNoMoreReplies(minh);
        assertThat(reload(member).getLanguage()).isEqualTo("vi");
    }

    @Test
    void a_button_issued_to_one_teacher_does_nothing_when_another_presses_it() {
        FakeUser nga = newUser("Nga");
        FakeUser hai = newUser("Hải");
        StaffMember ngaRow = seedLinked(nga, "Sa Thị Nga", Role.TEACHER);
        StaffMember haiRow = seedLinked(hai, "Lường Văn Hải", Role.TEACHER);
        fake.userSends(nga, "/ngonngu");
        RecordedMessage choose = awaitReply(nga);
        String english = choose.button(vi("language.en")).callbackData();

        String stolen = fake.userPressesRaw(hai, english);

        assertThat(fake.awaitCallbackAnswer(stolen, TIMEOUT).text()).isEqualTo(vi("error.button-stale"));
        assertNoMoreReplies(hai);
        fake.assertNoMoreMessagesTo(nga.chatId(), Duration.ZERO);
        assertThat(reload(haiRow).getLanguage()).isEqualTo("vi");
        assertThat(reload(ngaRow).getLanguage()).isEqualTo("vi");

        // the button still works for the person it was issued to
        String own = fake.userPresses(nga, choose, vi("language.en"));
        assertThat(fake.awaitCallbackAnswer(own, TIMEOUT).text()).isEqualTo(en("language.changed"));
        awaitReply(nga, en("language.changed"));
    }

    // --- what the bot does not do ------------------------------------------------------------------

    @Test
    void a_command_in_a_group_chat_is_answered_with_private_chat_only_and_chatter_is_ignored() {
        FakeUser yen = newUser("Yến");
        long group = -100_200_300L - yen.id();

        fake.sendInGroup(yen, group, "/trogiup@" + FakeBotApi.BOT_USERNAME);
        assertThat(fake.awaitMessageTo(group, TIMEOUT).text()).isEqualTo(vi("error.private-only"));

        int chatter = fake.sendInGroup(yen, group, "Chào cả tổ!");
        fake.awaitConfirmed(chatter, TIMEOUT);
        assertNoMoreMessagesTo(group);
        fake.assertNoMoreMessagesTo(yen.chatId(), Duration.ZERO);
    }

    @Test
    void stickers_and_voice_messages_get_a_polite_answer() {
        FakeUser dung = newUser("Dũng");
        seedLinked(dung, "Quàng Văn Dũng", Role.TEACHER);

        fake.userSendsSticker(dung);
        awaitReply(dung, vi("error.unsupported-message"));
        fake.userSendsVoice(dung);
        awaitReply(dung, vi("error.unsupported-message"));
        assertNoMoreReplies(dung);
    }

    @Test
    void files_and_photos_outside_a_flow_are_answered_not_lost() {
        FakeUser nhung = newUser("Nhung");
        seedLinked(nhung, "Hà Thị Nhung", Role.TEACHER);

        fake.userSendsDocument(nhung, "minh-chung.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null);
        awaitReply(nhung, vi("error.unexpected-file"));
        fake.userSendsPhoto(nhung, new byte[2048], "ảnh hoạt động");
        awaitReply(nhung, vi("error.unexpected-file"));
        assertNoMoreReplies(nhung);
    }

    @Test
    void a_text_longer_than_telegram_allows_is_refused_politely() {
        FakeUser thu = newUser("Thu");
        seedLinked(thu, "Đinh Thị Thu", Role.TEAM_LEADER, Role.TEACHER);

        fake.userSends(thu, "a".repeat(UpdateIntake.MAX_TEXT + 1));

        awaitReply(thu, vi("error.text-too-long", UpdateIntake.MAX_TEXT));
        assertNoMoreReplies(thu);
    }

    @Test
    void updates_the_bot_does_not_use_are_skipped_and_it_keeps_answering() {
        FakeUser mai = newUser("Mai");
        seedLinked(mai, "Vì Thị Mai", Role.TEACHER);

        fake.userEditsMessage(mai, "sửa lại");
        int blocked = fake.userBlocksBot(mai);
        fake.awaitConfirmed(blocked, TIMEOUT);
        fake.assertNoMoreMessagesTo(mai.chatId(), Duration.ZERO);

        fake.userSends(mai, "/trogiup");
        assertThat(awaitReply(mai).text()).startsWith(vi("help.header", "Vì Thị Mai"));
    }

    // --- delivery: duplicates, 429, 5xx, 409 ------------------------------------------------------

    @Test
    void an_update_delivered_twice_is_handled_once() {
        FakeUser tuan = newUser("Tuấn");
        seedLinked(tuan, "Bùi Văn Tuấn", Role.TEACHER, Role.COUNCIL);

        // both copies in one getUpdates batch, so the bot's own dedupe (not TelegramBots') has to catch it
        fake.holdUpdates();
        int id = fake.userSends(tuan, "/trogiup");
        fake.redeliver(id);
        fake.releaseUpdates();

        assertThat(awaitReply(tuan).text()).startsWith(vi("help.header", "Bùi Văn Tuấn"));
        assertNoMoreReplies(tuan);
    }

    @Test
    void a_reply_throttled_with_429_arrives_once_after_retry_after() {
        FakeUser khanh = newUser("Khánh");
        seedLinked(khanh, "Xa Văn Khánh", Role.TEACHER);
        fake.answerNextSendMessagesWith429(khanh.chatId(), 1, 2);

        fake.userSends(khanh, "/trogiup");

        RecordedMessage help = awaitReply(khanh);
        assertThat(help.text()).startsWith(vi("help.header", "Xa Văn Khánh"));
        assertNoMoreReplies(khanh);
        List<Attempt> attempts = attemptsTo(khanh);
        assertThat(attempts).extracting(Attempt::status).containsExactly(429, 200);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void a_reply_failing_twice_with_502_is_retried_and_arrives_once() {
        FakeUser hanh = newUser("Hạnh");
        seedLinked(hanh, "Hoàng Thị Hạnh", Role.TEACHER);
        fake.answerNextSendMessagesWith502(hanh.chatId(), 2);

        fake.userSends(hanh, "/trogiup");

        assertThat(awaitReply(hanh).text()).startsWith(vi("help.header", "Hoàng Thị Hạnh"));
        assertNoMoreReplies(hanh);
        assertThat(attemptsTo(hanh)).extracting(Attempt::status).containsExactly(502, 502, 200);
    }

    @Test
    void a_conflict_on_getupdates_is_logged_once_and_the_bot_answers_afterwards() {
        FakeUser xuan = newUser("Xuân");
        seedLinked(xuan, "Mè Thị Xuân", Role.TEACHER);
        try (LogCapture log = LogCapture.of("vn.thiduabot.telegram.PollingMonitor")) {
            int conflictsBefore = conflicts();
            fake.answerNextGetUpdatesWith409(3);
            Await.until(TIMEOUT, "three 409 answers to getUpdates", () -> conflicts() >= conflictsBefore + 3);

            fake.userSends(xuan, "/trogiup");

            assertThat(awaitReply(xuan).text()).startsWith(vi("help.header", "Mè Thị Xuân"));
            assertThat(log.messages(Level.WARN))
                    .containsExactly("Telegram getUpdates: another instance is polling with this token; retrying with backoff");
            Await.until(TIMEOUT, "the recovery to be logged", () -> log.messages(Level.INFO).stream()
                    .anyMatch(m -> m.startsWith("Telegram polling works again after 3 failed attempt(s)")));
        }
    }

    // --- start-up and files ------------------------------------------------------------------------

    @Test
    void the_command_menu_is_published_in_vietnamese_and_english() {
        FakeBotApi.CommandMenu vietnamese = fake.awaitCommandMenu("", TIMEOUT);
        FakeBotApi.CommandMenu english = fake.awaitCommandMenu("en", TIMEOUT);

        assertThat(vietnamese.names()).contains("trogiup", "ngonngu", "huy").doesNotContain("help");
        assertThat(english.names()).contains("help", "language", "cancel").doesNotContain("trogiup");
        assertThat(vietnamese.commands()).contains(new FakeBotApi.MenuCommand("trogiup", vi("command.help")));
        assertThat(english.commands()).contains(new FakeBotApi.MenuCommand("help", en("command.help")));
    }

    @Test
    void files_users_send_are_downloaded_from_the_configured_bot_api_within_the_size_limit() throws IOException {
        FileFetcher files = app.bean(FileFetcher.class);
        byte[] list = "Họ và tên,Số điện thoại\nLò Thị Hoa,0912000002\n".getBytes(StandardCharsets.UTF_8);
        String id = fake.registerFile("danh-sach.csv", list);

        assertThat(files.fetch(id, 1024)).isEqualTo(list);
        assertThatThrownBy(() -> files.fetch(id, 10)).isInstanceOf(IOException.class).hasMessageContaining("limit");
        String understated = fake.registerFile("lon.xlsx", new byte[5000], 100);
        assertThatThrownBy(() -> files.fetch(understated, 1000)).isInstanceOf(IOException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> files.fetch("no-such-file", 1000)).isInstanceOf(IOException.class)
                .hasMessageNotContaining(fake.token());
    }

    private List<Attempt> attemptsTo(FakeUser user) {
        return fake.attempts("sendMessage").stream().filter(a -> a.chatId() != null && a.chatId() == user.chatId()).toList();
    }

    private int conflicts() {
        return (int) fake.attempts("getUpdates").stream().filter(a -> a.status() == 409).count();
    }
}
