package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.SchoolFixture;

/**
 * Nobody can act as someone else: the secretary Lò Thị Hoa cannot hand the principal's account to
 * whoever opens an invite link. A new phone for someone already linked needs a second person (the
 * other admin, Hà Thị Lan), and the old account is told and loses access at once.
 */
@BotTest
@RecordApplicationEvents
class RelinkingTest {

    static final long HUNG = 7201;       // the principal
    static final long HOA = 7202;        // secretary and admin: asks
    static final long LAN = 7203;        // another admin: confirms
    static final long HUONG = 7204;      // a teacher
    static final long NEW_PHONE = 7299;  // the principal's new Telegram account
    static final long STRANGER = 7298;

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired StaffRepository staff;
    @Autowired Texts texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;
    ChatDriver chat;

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset(); // every table (SchemaReset)
        tx.executeWithoutResult(s -> {
            linked("Hà Văn Hùng", "+84912000001", HUNG, Role.PRINCIPAL);
            linked("Lò Thị Hoa", "+84912000002", HOA, Role.SECRETARY, Role.ADMIN);
            linked("Hà Thị Lan", "+84912000003", LAN, Role.ADMIN);
            linked("Bùi Thị Hương", "+84912000004", HUONG, Role.TEACHER);
            staff.save(new StaffMember("Vì Văn Sơn", "+84912000005", null, null, Set.of(Role.TEACHER), Instant.now()));
        });
    }

    private void linked(String name, String phone, long telegram, Role... roles) {
        StaffMember m = new StaffMember(name, phone, null, null, Set.of(roles), Instant.now());
        m.linkTelegram(telegram, telegram, null, Instant.now());
        staff.save(m);
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    /** The message's text up to where the time of day is filled in. */
    private String upToTime(String key, Object... argsBeforeTime) {
        Object[] args = java.util.Arrays.copyOf(argsBeforeTime, argsBeforeTime.length + 1);
        args[argsBeforeTime.length] = "§";
        String text = vi(key, args);
        return text.substring(0, text.indexOf('§'));
    }

    private static String code(String issued) {
        return issued.replaceAll("(?s).*start=([A-Za-z0-9_-]{22}).*", "$1");
    }

    private int openCodes() {
        return jdbc.queryForObject("select count(*) from invite_code where used_at is null and revoked_at is null", Integer.class);
    }

    private void sharesOwnContact(long user, String phone) {
        chat.process(new Incoming(ChatDriver.nextUpdateId(), user, user, true, null, "Hương", null, Incoming.Kind.CONTACT,
                null, new Incoming.Contact(phone, user, "Hương", null), null, null));
    }

    @Test
    void an_invite_for_someone_already_linked_is_refused_politely_with_a_way_forward() {
        chat.says(HOA, "/moima Hà Văn Hùng");
        OutgoingMessage refusal = chat.last(HOA);
        assertThat(refusal.text()).isEqualTo(vi("invite.already-linked", "Hà Văn Hùng"));
        assertThat(ChatDriver.labels(refusal)).containsExactly(vi("invite.relink-button"));
        assertThat(openCodes()).isZero();
    }

    @Test
    void a_new_phone_needs_the_other_admin_and_then_the_old_account_loses_access_at_once() {
        chat.says(HOA, "/moima 0912000001");
        chat.presses(HOA, vi("invite.relink-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.asked", "Hà Văn Hùng", "Hà Thị Lan"));
        assertThat(chat.sent(HUNG)).as("the person concerned never decides").isEmpty();
        OutgoingMessage card = chat.latestWith(LAN, vi("relink.approve"));
        assertThat(card.text()).contains("Lò Thị Hoa").contains("Hà Văn Hùng").contains("Telegram " + HUNG);
        assertThat(chat.pressToken(HOA, ChatDriver.token(card, vi("relink.approve"))))
                .as("the one who asked cannot press the other admin's button").isEqualTo(vi("error.button-stale"));
        assertThat(openCodes()).as("no code before the confirmation").isZero();

        chat.presses(LAN, vi("relink.approve"));
        assertThat(chat.lastText(LAN)).isEqualTo(vi("relink.approved", "Hà Văn Hùng", "Lò Thị Hoa"));
        assertThat(chat.previousText(HOA)).isEqualTo(vi("relink.approved-notice", "Hà Thị Lan", "Hà Văn Hùng"));
        String code = code(chat.lastText(HOA));
        assertThat(code).hasSize(22);
        assertThat(chat.presses(LAN, vi("relink.approve"))).isEqualTo(vi("relink.already-decided"));

        chat.says(NEW_PHONE, "/start " + code);
        assertThat(chat.lastText(NEW_PHONE)).startsWith("Xin chào Hà Văn Hùng!");
        assertThat(chat.lastText(HUNG)).as("the old account is told at its own chat")
                .startsWith(upToTime("link.moved.old-account", "Hà Văn Hùng"));
        assertThat(chat.lastText(HOA)).startsWith(upToTime("link.moved.notice", "Hà Văn Hùng", vi("link.moved.by-invite")));
        chat.says(HUNG, "/trogiup");
        assertThat(chat.lastText(HUNG)).as("the old account is a stranger now").startsWith(vi("help.header-stranger"));
        assertThat(jdbc.queryForList("select action from audit_entry order by id", String.class))
                .containsExactly("RELINK_APPROVED", "INVITE_ISSUED", "LINKED");
    }

    @Test
    void the_principal_decides_when_the_other_admin_is_the_one_concerned_and_may_say_no() {
        chat.says(HOA, "/moima Hà Thị Lan");
        chat.presses(HOA, vi("invite.relink-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.asked", "Hà Thị Lan", "Hà Văn Hùng"));
        assertThat(chat.sent(LAN)).isEmpty();
        chat.presses(HOA, vi("invite.relink-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.already-asked", "Hà Thị Lan"));

        chat.presses(HUNG, vi("relink.decline"));
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("relink.declined", "Hà Thị Lan"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.declined-notice", "Hà Văn Hùng", "Hà Thị Lan"));
        assertThat(openCodes()).isZero();
        assertThat(staff.findByTelegramUserId(LAN)).isPresent();
    }

    @Test
    void a_secretary_alone_cannot_get_a_new_phone_for_someone_when_nobody_else_may_confirm() {
        jdbc.update("update staff_member set roles = 'TEACHER' where telegram_user_id in (?, ?)", LAN, HUNG);
        chat.says(HOA, "/moima Bùi Thị Hương");
        chat.presses(HOA, vi("invite.relink-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.nobody", "Bùi Thị Hương"));
        assertThat(openCodes()).isZero();
    }

    @Test
    void one_open_code_per_person_and_linking_by_phone_revokes_it() {
        chat.says(HOA, "/moima Vì Văn Sơn");
        String first = code(chat.lastText(HOA));
        chat.says(HOA, "/moima Vì Văn Sơn");
        String second = code(chat.lastText(HOA));
        assertThat(openCodes()).isEqualTo(1);
        chat.says(STRANGER, first);
        assertThat(chat.lastText(STRANGER)).as("the older code stopped working").isEqualTo(vi("link.invite-invalid"));

        long son = 7205;
        sharesOwnContact(son, "0912000005");
        assertThat(chat.lastText(son)).startsWith("Xin chào Vì Văn Sơn!");
        assertThat(openCodes()).isZero();
        chat.says(STRANGER, second);
        assertThat(chat.lastText(STRANGER)).isEqualTo(vi("link.invite-invalid"));
        assertThat(staff.findByTelegramUserId(son)).isPresent();
    }

    @Test
    void a_phone_number_moving_to_another_account_tells_the_old_one_and_the_secretary() {
        long huongsNewPhone = 7206;
        sharesOwnContact(huongsNewPhone, "+84912000004");
        assertThat(chat.lastText(huongsNewPhone)).startsWith("Xin chào Bùi Thị Hương!");
        assertThat(chat.lastText(HUONG)).startsWith(upToTime("link.moved.old-account", "Bùi Thị Hương"));
        assertThat(chat.lastText(HOA)).startsWith(upToTime("link.moved.notice", "Bùi Thị Hương", vi("link.moved.by-contact")));
        chat.says(HUONG, "/trangthai");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.not-linked"));
        assertThat(jdbc.queryForObject("select old_value || ' -> ' || new_value from audit_entry where action = 'LINKED'",
                String.class)).isEqualTo("Telegram " + HUONG + " -> Telegram " + huongsNewPhone);
    }

    private int auditRows() {
        return jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
    }

    @Test
    void a_card_pressed_after_the_other_decider_said_yes_is_refused_and_changes_nothing() {
        chat.says(HOA, "/moima Bùi Thị Hương");
        chat.presses(HOA, vi("invite.relink-button"));
        assertThat(chat.lastText(HOA)).isEqualTo(vi("relink.asked", "Bùi Thị Hương", "Hà Thị Lan, Hà Văn Hùng"));
        chat.presses(LAN, vi("relink.approve"));
        int audited = auditRows();
        int hoasMessages = chat.sent(HOA).size();

        assertThat(chat.presses(HUNG, vi("relink.decline"))).as("the principal's own card, decided meanwhile")
                .isEqualTo(vi("relink.already-decided"));
        assertThat(openCodes()).isEqualTo(1);
        assertThat(auditRows()).isEqualTo(audited);
        assertThat(chat.sent(HOA)).as("no notice of a decline").hasSize(hoasMessages);
    }

    @Test
    void a_card_sent_before_the_buttons_were_typed_is_no_longer_valid_and_changes_nothing() {
        chat.says(HOA, "/moima Hà Văn Hùng");
        chat.presses(HOA, vi("invite.relink-button"));
        String approve = ChatDriver.token(chat.latestWith(LAN, vi("relink.approve")), vi("relink.approve"));
        long request = jdbc.queryForObject("select id from relink_request", Long.class);
        // what the card carried in the text format of the earlier version
        jdbc.update("update callback_token set payload = ? where token = ?", "yes:" + request, approve);

        assertThat(chat.pressToken(LAN, approve)).isEqualTo(vi("error.button-stale"));
        assertThat(openCodes()).isZero();
        assertThat(auditRows()).isZero();
        assertThat(jdbc.queryForObject("select status from relink_request", String.class)).isEqualTo("PENDING");
    }

    @Test
    void an_approval_forged_with_an_extra_field_or_for_another_request_decides_nothing() {
        chat.says(HOA, "/moima Hà Văn Hùng");
        chat.presses(HOA, vi("invite.relink-button"));
        String approve = ChatDriver.token(chat.latestWith(LAN, vi("relink.approve")), vi("relink.approve"));
        long request = jdbc.queryForObject("select id from relink_request", Long.class);

        jdbc.update("update callback_token set payload = ? where token = ?",
                "Decide{\"requestId\":" + request + ",\"approve\":true,\"staffId\":1}", approve);
        assertThat(chat.pressToken(LAN, approve)).isEqualTo(vi("error.button-stale"));
        jdbc.update("update callback_token set payload = ? where token = ?",
                "Decide{\"requestId\":" + (request + 1000) + ",\"approve\":true}", approve);
        assertThat(chat.pressToken(LAN, approve)).isEqualTo(vi("relink.not-yours"));

        assertThat(openCodes()).isZero();
        assertThat(jdbc.queryForObject("select status from relink_request", String.class)).isEqualTo("PENDING");
    }

    @Test
    void a_phone_number_moving_to_another_account_is_published_once_with_who_and_how() {
        long huongsNewPhone = 7207;
        sharesOwnContact(huongsNewPhone, "0912000004");

        long huong = staff.findByTelegramUserId(huongsNewPhone).orElseThrow().getId();
        assertThat(events.stream(AccountMoved.class)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).isEqualTo(huong);
            assertThat(e.fullName()).isEqualTo("Bùi Thị Hương");
            assertThat(e.oldUserId()).isEqualTo(HUONG);
            assertThat(e.oldChatId()).isEqualTo(HUONG);
            assertThat(e.proof()).isEqualTo(AccountMoved.Proof.CONTACT);
        });
    }
}
