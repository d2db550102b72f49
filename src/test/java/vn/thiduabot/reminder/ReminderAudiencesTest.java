package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.reminder.SeedSchool.HOA;
import static vn.thiduabot.reminder.SeedSchool.HUNG;
import static vn.thiduabot.reminder.SeedSchool.HUONG;
import static vn.thiduabot.reminder.SeedSchool.MINH;
import static vn.thiduabot.reminder.SeedSchool.SON;
import static vn.thiduabot.reminder.SeedSchool.TOAN;
import static vn.thiduabot.reminder.SeedSchool.VAN;
import static vn.thiduabot.reminder.SeedSchool.YEN;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;

/**
 * Who gets each deadline reminder of the seed school year 2023-2024, fired as the scheduler would
 * (ReminderService.fire at the planned time): exactly the people who still owe the task, never
 * those who did it, and a second firing sends nothing new.
 */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
@ClockAt("2023-09-01T02:00:00Z")
class ReminderAudiencesTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");


    @Autowired ApplicationContext context;
    @Autowired ReminderService reminders;
    @Autowired Outbox outbox;
    ChatDriver chat;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    @Autowired UpdateIntake intake;
    @Autowired JdbcTemplate jdbc;

    SeedSchool school;
    static final String YEAR = "2023-2024";

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school = new SeedSchool(context);
        school.seed();
        school.clearWork();
    }

    /** Moves the bot's clock to this local time in Vietnam and fires the occurrence. */
    ReminderService.Outcome fireAt(String occurrence, String localDateTime) {
        Instant at = java.time.LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
        clock.advance(Duration.between(clock.instant(), at));
        return reminders.fire(occurrence);
    }

    List<OutgoingMessage> to(long chat) {
        return outbox.queuedFor(chat);
    }

    int allMessages() {
        return jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
    }

    String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    Instant before() {
        return Instant.parse("2023-09-05T03:00:00Z");
    }

    // --- registration ------------------------------------------------------------------------------

    @Test
    void registration_d7_reaches_only_those_who_have_not_sent_and_the_leader_gets_the_teams_missing_names() {
        school.registered(HUONG, YEAR, before());
        school.registered(HOA, YEAR, before());
        school.draftRegistration(MINH, YEAR, before()); // a draft is not sent: still reminded
        school.collectiveRegistered(VAN, YEN, YEAR, before());

        assertThat(fireAt(YEAR + ":registration:D-7", "2023-09-08T08:00")).isEqualTo(new ReminderService.Outcome.Done(4));

        String due = vi("reminder.registration.due", YEAR, "15/09/2023", "còn 7 ngày");
        assertThat(to(HUONG)).as("sent already").isEmpty();
        assertThat(to(HOA)).as("sent already").isEmpty();
        assertThat(to(MINH)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(due);
            assertThat(ChatDriver.labels(m)).containsExactly("📝 Đăng ký ngay");
        });
        assertThat(to(HUNG)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(due));
        // the team leader: his own reminder and his team's missing names, in one message with the button
        assertThat(to(SON)).singleElement().satisfies(m -> {
            assertThat(m.text()).startsWith(due + "\n\n" + vi("reminder.registration.team", TOAN, "2", "4", "15/09/2023"))
                    .contains("• Đinh Công Minh\n", "• Lò Văn Khánh (chưa dùng Bot)", vi("reminder.registration.team-collective"))
                    .doesNotContain("Bùi Thị Hương", "Vì Văn Sơn\n");
            assertThat(ChatDriver.labels(m)).containsExactly("📝 Đăng ký ngay");
        });
        // Yến has not registered herself; her team is otherwise complete and registered its collective title
        assertThat(to(YEN)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(due));

        int before = allMessages();
        assertThat(fireAt(YEAR + ":registration:D-7", "2023-09-08T09:30")).isEqualTo(new ReminderService.Outcome.Done(0));
        assertThat(allMessages()).as("a second firing sends nothing new").isEqualTo(before);
    }

    @Test
    void the_reminders_button_opens_the_registration_dialog() {
        fireAt(YEAR + ":registration:D-3", "2023-09-12T08:00");
        OutgoingMessage reminder = to(MINH).get(0);
        assertThat(reminder.text()).contains("còn 3 ngày");
        String token = reminder.inlineButtons().get(0).get(0).callbackData();
        chat.pressToken(MINH, token, null);
        List<OutgoingMessage> after = to(MINH);
        assertThat(after.get(1).text()).isEqualTo(vi("registration.intro", YEAR, "15/09/2023"));
        assertThat(after.get(2).text()).startsWith(vi("registration.ask.title", YEAR, "x").substring(0, 40));
        // the reminder was queued as a broadcast; the answers to Minh's own press go ahead of broadcasts
        assertThat(jdbc.queryForList("select priority from outbox_message where chat_id = ? order by id", Integer.class, MINH))
                .startsWith(10).containsOnly(10, 0).contains(0);
    }

    @Test
    void a_leader_who_registered_gets_only_his_teams_list_and_a_complete_team_gets_nothing() {
        school.registered(SON, YEAR, before());
        school.registered(YEN, YEAR, before());
        school.collectiveRegistered(VAN, YEN, YEAR, before());
        fireAt(YEAR + ":registration:D-1", "2023-09-14T08:00");
        assertThat(to(SON)).singleElement().satisfies(m -> {
            assertThat(m.text()).startsWith(vi("reminder.registration.team", TOAN, "3", "4", "15/09/2023"))
                    .contains("• Bùi Thị Hương", "• Đinh Công Minh", "• Lò Văn Khánh (chưa dùng Bot)");
            assertThat(ChatDriver.labels(m)).as("nothing for him to register").isEmpty();
        });
        assertThat(to(YEN)).as("her team is done").isEmpty();
        assertThat(to(MINH)).singleElement().satisfies(m -> assertThat(m.text()).contains("còn 1 ngày"));
    }

    @Test
    void on_the_deadline_day_at_five_the_secretary_gets_the_final_summary_and_nobody_else() {
        school.registered(HUONG, YEAR, before());
        school.registered(HOA, YEAR, before());
        school.registered(YEN, YEAR, before());
        school.collectiveRegistered(VAN, YEN, YEAR, before());
        fireAt(YEAR + ":registration:final", "2023-09-15T17:00");

        assertThat(to(HOA)).singleElement().satisfies(m -> assertThat(m.text())
                .startsWith(vi("reminder.registration.final.header", YEAR, "15/09/2023", "3", "7"))
                .contains("• " + TOAN + ": 1/4", "• " + VAN + ": 1/1", "• Tổ Văn phòng: 1/1", "• Chưa có tổ: 0/1",
                        vi("reminder.registration.final.collective", "1", "3", vi("reminder.registration.final.collective-missing",
                                TOAN + ", Tổ Văn phòng")),
                        vi("reminder.registration.final.missing", "4"),
                        TOAN + " (3):\n• Lò Văn Khánh\n• Vì Văn Sơn\n• Đinh Công Minh", "Chưa có tổ (1):\n• Hà Văn Hùng"));
        for (long other : new long[] {HUNG, SON, HUONG, MINH, YEN}) {
            assertThat(to(other)).as("only the secretary").isEmpty();
        }
    }

    // --- Department submission ---------------------------------------------------------------------

    @Test
    void the_department_checklist_goes_to_the_secretary_and_the_principal_with_counts_and_the_parties_yet_to_sign_the_pledge() {
        school.registered(HUONG, YEAR, before());
        school.registered(MINH, YEAR, before());
        school.collectiveRegistered(VAN, YEN, YEAR, before());
        fireAt(YEAR + ":department:D-5", "2023-10-05T08:00");

        for (long reader : new long[] {HOA, HUNG}) {
            assertThat(to(reader)).singleElement().satisfies(m -> assertThat(m.text())
                    .startsWith(vi("reminder.department.header", "10/10/2023", "còn 5 ngày"))
                    .contains(vi("reminder.department.registrations", "⚠️", "2", "7"),
                            vi("reminder.department.collective", "⚠️", "1", "3"),
                            vi("reminder.department.collective-missing", TOAN + ", Tổ Văn phòng"),
                            vi("reminder.department.sheet", "✅", "campaign-2023-2024.yml", "19", "100", "10"),
                            vi("reminder.department.pledges-signed", "⚠️", "0", "4"),
                            vi("reminder.department.pledges-missing", VAN + ", " + TOAN + ", Tổ Văn phòng, Nhà trường")));
        }
        for (long other : new long[] {SON, HUONG, MINH, YEN}) {
            assertThat(to(other)).isEmpty();
        }
        int before = allMessages();
        fireAt(YEAR + ":department:D-5", "2023-10-05T10:00");
        assertThat(allMessages()).isEqualTo(before);
    }

    // --- nominations -------------------------------------------------------------------------------

    @Test
    void the_call_to_nominate_goes_to_every_linked_person_except_those_who_muted_notices() {
        jdbc.update("insert into notification_preference (staff_id, mute_notices, updated_at) values (?, 1, ?)",
                school.staffId(MINH), java.sql.Timestamp.from(before()));
        fireAt(YEAR + ":nomination:2023-12-15:call", "2023-12-01T08:00");
        String call = vi("reminder.nomination.call", "quý 4/2023", "15/12/2023", "còn 14 ngày");
        for (long person : new long[] {HUNG, HOA, SON, HUONG, YEN}) {
            assertThat(to(person)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(call));
        }
        assertThat(to(MINH)).as("muted notices").isEmpty();
    }

    @Test
    void three_days_before_the_quarters_date_only_leaders_of_teams_without_a_nomination_are_reminded() {
        school.nominated(HUONG, TOAN, YEAR, "2023-Q4", "SUBMITTED", "Hà Văn Tuấn", Instant.parse("2023-11-20T02:00:00Z"));
        school.nominated(YEN, VAN, YEAR, "2023-Q3", "INTRODUCED", "Sa Thị Lan", Instant.parse("2023-09-20T02:00:00Z"));
        fireAt(YEAR + ":nomination:2023-12-15:D-3", "2023-12-12T08:00");
        assertThat(to(SON)).as("his team nominated this quarter").isEmpty();
        assertThat(to(YEN)).as("a nomination of the quarter before does not count").singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo(vi("reminder.nomination.due", VAN, "quý 4/2023", "15/12/2023", "còn 3 ngày")));
        for (long other : new long[] {HUNG, HOA, HUONG, MINH}) {
            assertThat(to(other)).isEmpty();
        }
    }

    // --- self-assessment ---------------------------------------------------------------------------

    @Test
    void self_assessment_d3_reminds_who_has_not_submitted_and_tells_reviewers_what_waits_for_them() {
        Instant may = Instant.parse("2024-05-10T02:00:00Z");
        school.selfAssessment(HUONG, TOAN, YEAR, "SUBMITTED", true, may);   // waits for Sơn, her team leader
        school.selfAssessment(MINH, TOAN, YEAR, "RETURNED", true, may);     // returned: must resubmit
        school.selfAssessment(YEN, VAN, YEAR, "SUBMITTED", false, may);     // she leads her team: straight to the council
        school.selfAssessment(HOA, "Tổ Văn phòng", YEAR, "APPROVED", false, may);
        school.selfAssessment(HUNG, null, YEAR, "DRAFT", false, may);

        fireAt(YEAR + ":self-assessment:D-3", "2024-05-17T08:00");

        String due = vi("reminder.self-assessment.due", YEAR, "20/05/2024", "còn 3 ngày");
        assertThat(to(HUONG)).as("submitted").isEmpty();
        assertThat(to(YEN)).as("submitted; nothing of her team waits for her").isEmpty();
        assertThat(to(MINH)).singleElement().satisfies(m -> assertThat(m.text())
                .isEqualTo(vi("reminder.self-assessment.returned", YEAR, "20/05/2024", "còn 3 ngày")));
        assertThat(to(HUNG)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(due));
        assertThat(to(SON)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(due + "\n\n"
                + vi("reminder.self-assessment.team", TOAN, "1") + "\n\n" + vi("reminder.self-assessment.council", "1")));
        assertThat(to(HOA)).as("approved herself; on the council").singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo(vi("reminder.self-assessment.council", "1")));

        int before = allMessages();
        fireAt(YEAR + ":self-assessment:D-3", "2024-05-17T11:00");
        assertThat(allMessages()).isEqualTo(before);
    }

    // --- the digest --------------------------------------------------------------------------------

    private void novemberSchool() {
        school.registered(HUONG, YEAR, before());
        school.registered(HOA, YEAR, before());
        school.registered(YEN, YEAR, before());
        school.collectiveRegistered(VAN, YEN, YEAR, before());
        school.nominated(HUONG, TOAN, YEAR, "2023-Q4", "SUBMITTED", "Hà Văn Tuấn", Instant.parse("2023-11-10T02:00:00Z"));
        school.nominated(YEN, VAN, YEAR, "2023-Q4", "COUNCIL_PASSED", "Sa Thị Lan", Instant.parse("2023-11-12T02:00:00Z"));
    }

    @Test
    void monday_digest_the_secretary_gets_everything_the_principal_what_awaits_him_once_a_week() {
        novemberSchool();
        clock.advance(Duration.between(clock.instant(), Instant.parse("2023-11-20T00:30:00Z")));
        String week = reminders.digestOccurrenceId();
        assertThat(week).isEqualTo("digest:2023-W47");
        fireAt(week, "2023-11-20T07:30");

        assertThat(to(HOA)).singleElement().satisfies(m -> {
            assertThat(m.text().length()).isLessThan(4096);
            assertThat(m.text()).startsWith(vi("reminder.digest.header", YEAR, "20/11/2023"))
                    .contains(vi("reminder.digest.registration", "15/09/2023", "3", "7", "1", "3"),
                            "• " + TOAN + ": 1/4", "• " + VAN + ": 1/1",
                            vi("reminder.digest.self-not-open", "03/05/2024", "20/05/2024"),
                            vi("reminder.digest.nominations", "quý 4/2023", "15/12/2023", "2"),
                            "• " + vi("nomination.status.submitted") + ": 1", "• " + vi("nomination.status.council-passed") + ": 1",
                            vi("reminder.digest.nominations-teams-without", "Tổ Văn phòng"),
                            vi("reminder.digest.overdue"), vi("reminder.digest.overdue.registration", "15/09/2023", "4"),
                            vi("reminder.digest.next") + "\n• 15/12/2023 — Đề xuất điển hình tiên tiến quý 4/2023 (còn 25 ngày)\n"
                                    + "• 15/03/2024 — Đề xuất điển hình tiên tiến quý 1/2024 (còn 116 ngày)\n"
                                    + "• 20/05/2024 — Nộp phiếu tự đánh giá (còn 182 ngày)",
                            vi("reminder.digest.details.registration", "4"), "• Lò Văn Khánh", "• Hà Văn Hùng",
                            vi("reminder.digest.footer"));
        });
        assertThat(to(HUNG)).singleElement().satisfies(m -> assertThat(m.text())
                .isEqualTo(vi("reminder.digest.principal.header", YEAR, "20/11/2023") + "\n\n"
                        + vi("reminder.digest.principal.nominations", "1") + "\n"
                        + vi("reminder.digest.principal.nomination", "Sa Thị Lan (ngoài trường)", "Điển hình tiên tiến", "quý 4/2023")));
        for (long other : new long[] {SON, HUONG, MINH, YEN}) {
            assertThat(to(other)).isEmpty();
        }

        int before = allMessages();
        fireAt(reminders.digestOccurrenceId(), "2023-11-22T10:00"); // a second firing in the same week
        assertThat(allMessages()).as("once per person per week").isEqualTo(before);

        fireAt("digest:2023-W48", "2023-11-27T07:30");
        assertThat(to(HOA)).hasSize(2);
    }

    @Test
    void the_principal_gets_no_weekly_digest_when_nothing_waits_for_him_but_summary_on_demand_says_so() {
        school.registered(HOA, YEAR, before());
        fireAt("digest:2023-W47", "2023-11-20T07:30");
        assertThat(to(HUNG)).isEmpty();
        assertThat(to(HOA)).hasSize(1);

        chat.says(HUNG, "/tonghop");
        assertThat(to(HUNG)).singleElement().satisfies(m -> assertThat(m.text())
                .isEqualTo(vi("reminder.digest.principal.header", YEAR, "20/11/2023") + "\n\n" + vi("reminder.digest.principal.none")));
        chat.says(MINH, "/summary");
        assertThat(to(MINH)).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo(vi("error.forbidden")));
    }

    @Test
    void summary_on_demand_is_the_weekly_digest() {
        novemberSchool();
        fireAt("digest:2023-W47", "2023-11-20T07:30");
        chat.says(HOA, "/tonghop");
        List<OutgoingMessage> hoa = to(HOA);
        assertThat(hoa).hasSize(2);
        assertThat(hoa.get(1).text()).isEqualTo(hoa.get(0).text());
    }

    @Test
    void a_digest_with_a_long_list_of_late_people_keeps_the_counts_in_the_first_message_and_the_names_after() {
        List<vn.thiduabot.staff.StaffMember> many = new java.util.ArrayList<>();
        vn.thiduabot.staff.Team toan = context.getBean(vn.thiduabot.staff.TeamRepository.class).findByNameIgnoreCase(TOAN).orElseThrow();
        for (int i = 0; i < 300; i++) {
            many.add(new vn.thiduabot.staff.StaffMember(String.format("Giáo viên hợp đồng số %03d", i), String.format("+8498700%04d", i),
                    toan, null, java.util.Set.of(vn.thiduabot.people.Role.TEACHER), Instant.now()));
        }
        vn.thiduabot.staff.StaffRepository repo = context.getBean(vn.thiduabot.staff.StaffRepository.class);
        repo.saveAll(many);
        try {
            fireAt("digest:2023-W47", "2023-11-20T07:30");
            List<OutgoingMessage> hoa = to(HOA);
            assertThat(hoa).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4000));
            assertThat(hoa.get(0).text()).contains(vi("reminder.digest.overdue.registration", "15/09/2023", "307"))
                    .endsWith(vi("reminder.digest.footer")).doesNotContain("Giáo viên hợp đồng");
            String names = hoa.stream().skip(1).map(OutgoingMessage::text).reduce("", (a, b) -> a + "\n" + b);
            assertThat(names).contains(vi("reminder.digest.details.registration", "307"), "• Giáo viên hợp đồng số 000",
                    "• Giáo viên hợp đồng số 299");
        } finally {
            jdbc.update("delete from staff_member where phone like '+8498700%'");
        }
    }

    @Test
    void a_notice_to_hundreds_reaches_each_once_across_the_flushes_of_one_firing_and_skips_who_muted() {
        vn.thiduabot.staff.StaffRepository repo = context.getBean(vn.thiduabot.staff.StaffRepository.class);
        List<vn.thiduabot.staff.StaffMember> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            vn.thiduabot.staff.StaffMember m = new vn.thiduabot.staff.StaffMember(String.format("Nhân viên %03d", i),
                    String.format("+8498800%04d", i), null, null, java.util.Set.of(vn.thiduabot.people.Role.TEACHER), Instant.now());
            m.linkTelegram(5_000_000L + i, 5_000_000L + i, null, Instant.now());
            many.add(m);
        }
        repo.saveAll(many);
        try {
            jdbc.update("insert into notification_preference (staff_id, mute_notices, updated_at) values (?, 1, ?)",
                    repo.findByTelegramUserId(5_000_007L).orElseThrow().getId(), java.sql.Timestamp.from(before()));
            String occurrence = YEAR + ":timeline:2023-09-05:1";
            assertThat(fireAt(occurrence, "2023-09-05T08:00")).isEqualTo(new ReminderService.Outcome.Done(255));
            assertThat(jdbc.queryForObject("select count(distinct chat_id) from outbox_message", Integer.class)).isEqualTo(255);
            assertThat(allMessages()).isEqualTo(255);
            assertThat(to(5_000_007L)).as("muted").isEmpty();
            assertThat(reminders.deliveredCount(occurrence)).isEqualTo(255);
            assertThat(fireAt(occurrence, "2023-09-05T09:00")).isEqualTo(new ReminderService.Outcome.Done(0));
            assertThat(allMessages()).isEqualTo(255);
        } finally {
            jdbc.update("delete from notification_preference");
            jdbc.update("delete from staff_member where phone like '+8498800%'");
        }
    }

    @Test
    void a_long_summary_is_cut_between_lines_into_messages_telegram_accepts() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("HEADER");
        for (int i = 0; i < 400; i++) {
            lines.add("• Giáo viên số " + i + " của trường");
        }
        List<String> parts = ReminderTexts.chunks(lines, ReminderTexts.MAX_MESSAGE);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4000));
        assertThat(parts.get(0)).startsWith("HEADER\n");
        assertThat(String.join("\n", parts)).isEqualTo(String.join("\n", lines));
        assertThat(ReminderTexts.chunks(List.of("x".repeat(9000)), 4000)).extracting(String::length).containsExactly(4000, 4000, 1000);
    }
}
