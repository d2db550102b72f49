package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.TypedText;
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.SchoolFixture;

/**
 * Exemplar nominations in the seed school year 2023-2024, on Monday 20 November 2023 (Teachers' Day
 * week): Bùi Thị Hương, a teacher of Tổ Toán - Tin, nominates colleagues; Vì Văn Sơn leads her team
 * (and sits on the council); Sa Văn Tâm and Lò Thị Hoa (the secretary) sit on the council; Hà Văn
 * Hùng is the principal. Driven through the real intake; what each person sees is read from the outbox.
 */
class NominationDialogTest extends NominationSchoolDay {

    // --- scenarios ---------------------------------------------------------------------------------

    @Test
    void the_whole_way_from_a_teacher_to_the_principal_and_back() {
        chat.says(HUONG, "/decu");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.start", "quý 4/2023", "15/12/2023"));
        assertThat(ChatDriver.labels(chat.last(HUONG))).containsExactly("Đồng nghiệp", "Người ngoài trường", "Tập thể");
        chat.presses(HUONG, "Đồng nghiệp");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.ask-colleague"));
        chat.says(HUONG, "dinh cong");
        assertThat(ChatDriver.labels(chat.last(HUONG))).as("accent-insensitive search").containsExactly("Đinh Công Minh — " + TOAN);
        chat.presses(HUONG, "Đinh Công Minh — " + TOAN);
        assertThat(ChatDriver.labels(chat.last(HUONG))).containsExactly("Điển hình tiên tiến", "Người tốt việc tốt", "Mô hình, cách làm hay");
        chat.presses(HUONG, "Điển hình tiên tiến");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.ask-achievement", "10", "2000"));
        chat.says(HUONG, ACHIEVEMENT);
        assertThat(ChatDriver.labels(chat.last(HUONG))).containsExactly("Bỏ qua");
        sendsFile(HUONG, "giay-khen-hsg.pdf", "application/pdf", 350_000);
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.evidence.received", "giay-khen-hsg.pdf", "1"));
        sendsPhoto(HUONG);
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.evidence.received", "photo-2.jpg", "2"));
        chat.presses(HUONG, "Xong");
        assertThat(chat.lastText(HUONG)).contains("Đinh Công Minh (" + TOAN + ")", "Điển hình tiên tiến", ACHIEVEMENT, "2 tệp",
                "quý 4/2023", "15/12/2023");
        String toast = chat.presses(HUONG, "Gửi");
        long id = latestNominationId();
        assertThat(toast).isEqualTo(vi("nomination.sent-toast"));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.sent.team", "Đinh Công Minh (" + TOAN + ")", "Vì Văn Sơn", "15/12/2023"));
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);

        // the team leader confirms from the card the bot pushed to him; the card then shows the decision
        OutgoingMessage teamCard = chat.last(SON);
        assertThat(teamCard.text()).startsWith(vi("nomination.team.intro")).contains(ACHIEVEMENT, "Bùi Thị Hương");
        assertThat(ChatDriver.labels(teamCard)).containsExactly("Xác nhận", "Không xác nhận", "Xem minh chứng (2)");
        chat.presses(SON, "Xem minh chứng (2)");
        assertThat(chat.last(SON).file()).as("evidence re-sent by Telegram file id").isNotNull();
        assertThat(chat.last(SON).file().kind()).isEqualTo(OutgoingMessage.FileRef.Kind.PHOTO);
        chat.presses(SON, "Xác nhận");
        Row edited = sent(SON).get(sent(SON).size() - 1);
        assertThat(edited.message().editOfKey()).isEqualTo("nom-" + id + "-team-" + staffId(SON));
        assertThat(edited.message().text()).contains(vi("nomination.history.team-confirmed", "Vì Văn Sơn", "20/11/2023", ""));
        assertThat(ChatDriver.labels(edited.message())).doesNotContain("Xác nhận");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.told.team-confirmed", "Đinh Công Minh (" + TOAN + ")", "Vì Văn Sơn"));

        // a council member passes it on from /xetdecu
        chat.says(TAM, "/xetdecu");
        assertThat(sent(TAM).get(0).message().text()).isEqualTo(vi("nomination.review.council-header", "1", "quý 4/2023"));
        chat.presses(TAM, "Trình Hiệu trưởng");
        assertThat(status(id)).isEqualTo(NominationStatus.COUNCIL_PASSED);

        // the principal decides on the card he was sent; the card is edited in place
        Row principalCard = sent(HUNG).get(sent(HUNG).size() - 1);
        assertThat(principalCard.key()).isEqualTo("nom-" + id + "-principal-" + staffId(HUNG));
        assertThat(principalCard.message().text()).startsWith(vi("nomination.principal.intro"))
                .contains("Sa Văn Tâm (Hội đồng) đã trình Hiệu trưởng");
        assertThat(ChatDriver.labels(principalCard.message())).contains("Giới thiệu", "Không giới thiệu");
        chat.presses(HUNG, "Giới thiệu");
        OutgoingMessage decided = chat.last(HUNG);
        assertThat(decided.editOfKey()).isEqualTo(principalCard.key());
        assertThat(decided.text()).contains(vi("nomination.history.introduced", "Hà Văn Hùng", "20/11/2023", ""));
        assertThat(ChatDriver.labels(decided)).doesNotContain("Giới thiệu", "Không giới thiệu");
        assertThat(status(id)).isEqualTo(NominationStatus.INTRODUCED);

        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.told.introduced", "Đinh Công Minh (" + TOAN + ")",
                "Điển hình tiên tiến", "quý 4/2023"));
        assertThat(chat.lastText(MINH)).isEqualTo(vi("nomination.nominee.introduced", "Điển hình tiên tiến", "quý 4/2023", "Bùi Thị Hương"));

        NominationSummary summary = queries.forQuarter(new Quarter(2023, 4)).get(0);
        assertThat(summary.nomineeName()).isEqualTo("Đinh Công Minh");
        assertThat(summary.nominatorName()).isEqualTo("Bùi Thị Hương");
        assertThat(summary.deadline()).hasToString("2023-12-15");
        assertThat(summary.evidenceCount()).isEqualTo(2);
        assertThat(summary.history()).extracting(NominationSummary.Decision::to).containsExactly(
                NominationStatus.TEAM_CONFIRMED, NominationStatus.COUNCIL_PASSED, NominationStatus.INTRODUCED);
        assertThat(summary.decision().orElseThrow().actorName()).isEqualTo("Hà Văn Hùng");
        assertThat(queries.countsByStatus(new Quarter(2023, 4))).containsEntry(NominationStatus.INTRODUCED, 1L)
                .containsEntry(NominationStatus.SUBMITTED, 0L).doesNotContainKey(NominationStatus.DRAFT);
    }

    @Test
    void a_team_leader_who_does_not_confirm_must_give_a_reason_which_the_nominator_reads() {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, "Người ngoài trường");
        chat.says(HUONG, "Hà Văn Tuấn, trưởng bản Pù Lầy");
        chat.presses(HUONG, "Người tốt việc tốt");
        chat.says(HUONG, "Đã hiến 200 m2 đất để làm đường vào điểm trường bản Pù Lầy.");
        chat.presses(HUONG, "Bỏ qua");
        chat.presses(HUONG, "Gửi");
        long id = latestNominationId();

        chat.presses(SON, "Không xác nhận");
        assertThat(chat.lastText(SON)).isEqualTo(vi("nomination.reason.ask", "Hà Văn Tuấn, trưởng bản Pù Lầy (ngoài trường)"));
        assertThat(status(id)).as("nothing decided before the reason").isEqualTo(NominationStatus.SUBMITTED);
        chat.says(SON, "ok");
        assertThat(chat.lastText(SON)).isEqualTo(vi("nomination.reason.too-short"));
        chat.says(SON, "Việc hiến đất đã được xã khen thưởng; tổ đề nghị chọn gương khác cho quý này.");
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_REJECTED);
        assertThat(chat.lastText(SON)).isEqualTo(vi("nomination.reason.saved", "Hà Văn Tuấn, trưởng bản Pù Lầy (ngoài trường)"));
        assertThat(sent(SON).stream().map(Row::message).filter(m -> m.editOfKey() != null).findFirst().orElseThrow().text())
                .contains("Lý do: Việc hiến đất đã được xã khen thưởng");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.told.team-rejected", "Hà Văn Tuấn, trưởng bản Pù Lầy (ngoài trường)",
                "Vì Văn Sơn", "Việc hiến đất đã được xã khen thưởng; tổ đề nghị chọn gương khác cho quý này."));

        chat.says(TAM, "/xetdecu");
        assertThat(chat.lastText(TAM)).as("a rejected nomination never reaches the council")
                .isEqualTo(vi("nomination.review.council-none", "quý 4/2023"));
    }

    @Test
    void nobody_can_nominate_themselves() {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, "Đồng nghiệp");
        chat.says(HUONG, "Tuấn");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.colleague.none", "Tuấn"));
        assertThat(ChatDriver.labels(chat.last(HUONG))).containsExactly("Người ngoài trường", "Tập thể");
        chat.says(HUONG, "huong");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.self"));
        chat.says(HUONG, "Bùi Thị");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.self"));
        chat.presses(HUONG, "Người ngoài trường");
        chat.says(HUONG, "bui thi huong");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.self"));
        chat.says(HUONG, "thi");
        assertThat(ChatDriver.labels(chat.last(HUONG))).as("treated as an outsider's name: the category comes next")
                .contains("Điển hình tiên tiến");
        assertThat(jdbc.queryForObject("select count(*) from nomination where status <> 'DRAFT'", Long.class)).isZero();
    }

    @Test
    void the_same_nominee_twice_in_a_quarter_is_refused_politely_but_next_quarter_is_fine() {
        huongNominatesMinh();
        huongDraftsColleague("minh", "Đinh Công Minh — " + TOAN);
        // the second draft stops at the choice of colleague
        assertThat(sent(HUONG).stream().map(r -> r.message().text()).toList())
                .contains(vi("nomination.duplicate", "Đinh Công Minh", "20/11/2023", "quý 4/2023"));
        assertThat(jdbc.queryForObject("select count(*) from nomination where status <> 'DRAFT'", Long.class)).isEqualTo(1);

        clock.advance(Duration.ofDays(43)); // 2 January 2024
        chat.says(HUONG, "/decu");
        chat.says(HUONG, "/huy");
        huongDraftsColleague("minh", "Đinh Công Minh — " + TOAN);
        chat.presses(HUONG, "Bỏ qua");
        chat.presses(HUONG, "Gửi");
        assertThat(queries.forQuarter(new Quarter(2024, 1))).extracting(NominationSummary::nomineeName)
                .containsExactly("Đinh Công Minh");
        assertThat(queries.forQuarter(new Quarter(2024, 1)).get(0).deadline()).hasToString("2024-03-15");
    }

    @Test
    void a_council_member_who_is_the_nominee_neither_sees_nor_decides_it_and_a_second_member_is_told_who_did() {
        huongDraftsColleague("son", "Vì Văn Sơn — " + TOAN);
        chat.presses(HUONG, "Bỏ qua");
        chat.presses(HUONG, "Gửi");
        long id = latestNominationId();
        // Sơn leads the team but is the nominee: no other leader, so it goes straight to the council
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.sent.council", "Vì Văn Sơn (" + TOAN + ")", "15/12/2023"));
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);
        assertThat(sent(SON)).as("no card for the nominee").isEmpty();

        chat.says(SON, "/xetdecu");
        assertThat(sent(SON).stream().map(r -> r.message().text()).toList())
                .containsExactly(vi("nomination.review.team-none"), vi("nomination.review.council-none", "quý 4/2023"));

        chat.says(TAM, "/xetdecu");
        chat.says(HOA, "/xetdecu");
        String tamsButton = ChatDriver.token(chat.latestWith(TAM, "Trình Hiệu trưởng"), "Trình Hiệu trưởng");
        assertThat(chat.pressToken(SON, tamsButton)).as("a button sent to someone else").isEqualTo(vi("error.button-stale"));
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);

        chat.presses(TAM, "Trình Hiệu trưởng");
        String toast = chat.presses(HOA, "Trình Hiệu trưởng");
        assertThat(toast).isEqualTo(vi("nomination.already-handled", "Sa Văn Tâm", vi("nomination.status.council-passed"), "20/11/2023"));
        assertThat(jdbc.queryForObject("select count(*) from nomination_event where nomination_id = ? and to_status = 'COUNCIL_PASSED'",
                Long.class, id)).isEqualTo(1);
        assertThat(sent(HUNG)).as("one card for the principal").hasSize(1);
        assertThat(chat.last(HOA).editOfKey()).as("her stale card now shows the decision").isNotNull();
    }

    @Test
    void stale_and_forged_presses_change_nothing() {
        long id = huongNominatesMinh();
        chat.presses(SON, "Xác nhận");
        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, "Trình Hiệu trưởng");

        chat.says(HUNG, "/gioithieu");
        Row listed = sent(HUNG).get(sent(HUNG).size() - 1);
        assertThat(listed.key()).startsWith("nom-" + id + "-principal-" + staffId(HUNG) + "-u");
        chat.presses(HUNG, "Giới thiệu");
        assertThat(chat.last(HUNG).editOfKey()).as("the listed card is the one edited").isEqualTo(listed.key());
        int toHuong = sent(HUONG).size();
        int toMinh = sent(MINH).size();

        // the pushed card's button, pressed after the decision
        Row pushed = sent(HUNG).stream().filter(r -> r.key().equals("nom-" + id + "-principal-" + staffId(HUNG))).findFirst().orElseThrow();
        String stale = pushed.message().inlineButtons().get(0).get(1).callbackData();
        assertThat(chat.pressToken(HUNG, stale)).isEqualTo(vi("nomination.already-handled", "Hà Văn Hùng",
                vi("nomination.status.introduced"), "20/11/2023"));
        assertThat(chat.pressToken(HUNG, "forged-callback-data")).isEqualTo(vi("error.button-stale"));
        assertThat(status(id)).isEqualTo(NominationStatus.INTRODUCED);
        assertThat(sent(HUONG)).as("nobody told twice").hasSize(toHuong);
        assertThat(sent(MINH)).hasSize(toMinh);

        chat.says(HUONG, "/gioithieu");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
    }

    @Test
    void the_secretary_lists_the_quarters_exemplars_with_a_button_per_earlier_quarter() {
        chat.says(HOA, "/dienhinh");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("nomination.exemplars.none", "quý 4/2023"));

        huongNominatesMinh();
        chat.presses(SON, "Xác nhận");
        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, "Trình Hiệu trưởng");
        chat.presses(HUNG, "Giới thiệu");

        chat.says(HOA, "/exemplars");
        OutgoingMessage list = chat.last(HOA);
        assertThat(list.text()).startsWith(vi("nomination.exemplars.header", "quý 4/2023", "1"))
                .contains("1. Đinh Công Minh (" + TOAN + ") — Điển hình tiên tiến", ACHIEVEMENT, "Bùi Thị Hương");
        assertThat(ChatDriver.labels(list)).containsExactly("quý 3/2023");
        chat.presses(HOA, "quý 3/2023");
        assertThat(chat.lastText(HOA)).isEqualTo(vi("nomination.exemplars.none", "quý 3/2023"));

        chat.says(HUONG, "/dienhinh");
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("error.forbidden"));
        assertThat(queries.teamsWithoutNomination(new Quarter(2023, 4))).containsExactly(VAN, VP);
    }

    @Test
    void a_name_an_achievement_and_a_reason_are_kept_up_to_their_limit_and_refused_one_character_over() {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, "Người ngoài trường");
        chat.says(HUONG, TypedText.ofLength(201));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.name.too-long", "201", "200"));
        chat.says(HUONG, TypedText.ofLength(200));
        chat.presses(HUONG, "Người tốt việc tốt");
        chat.says(HUONG, TypedText.ofLength(2001));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.achievement.too-long", "2001", "2000"));
        chat.says(HUONG, TypedText.ofLength(2000));
        chat.presses(HUONG, "Bỏ qua");
        chat.presses(HUONG, "Gửi");
        long id = latestNominationId();
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);

        chat.presses(SON, "Không xác nhận");
        chat.says(SON, TypedText.ofLength(1001));
        assertThat(chat.lastText(SON)).isEqualTo(vi("nomination.reason.too-long", "1001", "1000"));
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);
        chat.says(SON, TypedText.ofLength(1000));
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_REJECTED);
    }

    @Test
    void wrong_evidence_and_an_overlong_achievement_are_refused_with_the_reason() {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, "Tập thể");
        assertThat(ChatDriver.labels(chat.last(HUONG))).containsExactly(VAN, TOAN, VP);
        chat.presses(HUONG, VAN);
        chat.presses(HUONG, "Mô hình, cách làm hay");
        chat.says(HUONG, "x".repeat(2345));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.achievement.too-long", "2345", "2000"));
        chat.says(HUONG, "Tổ chức câu lạc bộ đọc sách cho học sinh nội trú mỗi tối thứ Sáu.");
        sendsFile(HUONG, "setup.exe", "application/octet-stream", 1000);
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.evidence.wrong-type", "setup.exe"));
        sendsFile(HUONG, "video-clb.pdf", "application/pdf", 25L * 1024 * 1024);
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.evidence.too-large", "video-clb.pdf", "20"));
        chat.presses(HUONG, "Bỏ qua");
        assertThat(chat.lastText(HUONG)).contains(VAN + " (tập thể)", vi("nomination.evidence.none"));
    }

    @Test
    void a_draft_survives_cancel_and_resumes_where_it_stopped() {
        chat.says(HUONG, "/decu");
        chat.presses(HUONG, "Người ngoài trường");
        chat.says(HUONG, "Hà Văn Tuấn");
        chat.presses(HUONG, "Người tốt việc tốt");
        chat.says(HUONG, "/huy");
        chat.says(HUONG, "/decu");
        List<Row> all = sent(HUONG);
        assertThat(all.get(all.size() - 2).message().text()).isEqualTo(vi("nomination.resume", "20/11/2023"));
        assertThat(chat.lastText(HUONG)).isEqualTo(vi("nomination.ask-achievement", "10", "2000"));
        chat.says(HUONG, "Đã hiến 200 m2 đất để làm đường vào điểm trường bản Pù Lầy.");
        chat.presses(HUONG, "Bỏ qua");
        assertThat(chat.lastText(HUONG)).contains("Hà Văn Tuấn (ngoài trường)", "Người tốt việc tốt");

        chat.presses(HUONG, "Soạn đề xuất mới");
        assertThat(ChatDriver.labels(chat.last(HUONG))).contains("Đồng nghiệp");
        assertThat(jdbc.queryForObject("select count(*) from nomination", Long.class)).as("the old draft is gone").isEqualTo(1);
        assertThat(jdbc.queryForObject("select nominee_name from nomination", String.class)).as("a fresh draft").isNull();
    }
    // --- nobody decides on their own nomination; old and broken buttons change nothing ----------------

    @Test
    void a_nominator_who_sits_on_the_council_cannot_pass_their_own_nomination_even_with_a_button() {
        // Vì Văn Sơn leads Tổ Toán - Tin and sits on the council; his nomination of Minh skips the team stage.
        chat.says(SON, "/decu");
        chat.presses(SON, vi("nomination.kind.staff"));
        chat.says(SON, "minh");
        chat.presses(SON, "Đinh Công Minh — " + TOAN);
        chat.presses(SON, vi("nomination.category.exemplar"));
        chat.says(SON, ACHIEVEMENT);
        chat.presses(SON, "Bỏ qua");
        chat.presses(SON, vi("nomination.send-button"));
        long id = latestNominationId();
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);

        chat.says(SON, "/xetdecu");
        assertThat(chat.lastText(SON)).as("his own nomination is not in his council list")
                .isEqualTo(vi("nomination.review.council-none", "quý 4/2023"));

        // Sa Văn Tâm's card reaches Sơn's phone somehow (a forwarded token): the server still refuses.
        chat.says(TAM, "/xetdecu");
        String tamsButton = ChatDriver.token(chat.latestWith(TAM, "Trình Hiệu trưởng"), "Trình Hiệu trưởng");
        jdbc.update("update callback_token set user_id = ?, chat_id = ? where token = ?", SON, SON, tamsButton);
        assertThat(chat.pressToken(SON, tamsButton)).isEqualTo(vi("decision.nomination.own"));
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);
    }

    @Test
    void a_card_made_before_the_nomination_changed_says_it_is_out_of_date_and_a_broken_button_is_no_longer_valid() {
        long id = huongNominatesMinh();
        String confirm = ChatDriver.token(chat.latestWith(SON, "Xác nhận"), "Xác nhận");
        jdbc.update("update nomination set version = version + 1 where id = ?", id);
        assertThat(chat.pressToken(SON, confirm)).isEqualTo(vi("decision.card.stale"));
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);

        for (String broken : new String[] {"yes|" + id + "|0|k", "TeamDecision{\"nominationId\":\"abc\",\"version\":0,\"yes\":true,\"cardKey\":\"k\"}",
                "TeamDecision{\"nominationId\":" + id + ",\"version\":0,\"yes\":true}",
                "CouncilDecision{\"nominationId\":" + id + ",\"version\":0,\"yes\":true,\"cardKey\":\"k\"}", ""}) {
            jdbc.update("update callback_token set payload = ? where token = ?", broken, confirm);
            assertThat(chat.pressToken(SON, confirm)).as(broken).isEqualTo(vi("error.button-stale"));
        }
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);
    }
    @Test
    void the_principal_does_not_introduce_a_nomination_he_made() {
        // Hà Văn Hùng, the principal (no team: straight to the council), nominates Minh; Tâm passes it.
        chat.says(HUNG, "/decu");
        chat.presses(HUNG, vi("nomination.kind.staff"));
        chat.says(HUNG, "minh");
        chat.presses(HUNG, "Đinh Công Minh — " + TOAN);
        chat.presses(HUNG, vi("nomination.category.exemplar"));
        chat.says(HUNG, ACHIEVEMENT);
        chat.presses(HUNG, "Bỏ qua");
        chat.presses(HUNG, vi("nomination.send-button"));
        long his = latestNominationId();
        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, vi("nomination.council.pass-button"));
        assertThat(status(his)).isEqualTo(NominationStatus.COUNCIL_PASSED);

        chat.says(HUNG, "/gioithieu");
        assertThat(chat.lastText(HUNG)).isEqualTo(vi("nomination.review.principal-none"));

        // A card of another nomination, its button pointed at his own: refused, nothing changes.
        long other = huongNominatesMinh();
        chat.presses(SON, "Xác nhận");
        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, vi("nomination.council.pass-button"));
        String introduce = ChatDriver.token(chat.latestWith(HUNG, vi("nomination.principal.introduce-button")),
                vi("nomination.principal.introduce-button"));
        long version = jdbc.queryForObject("select version from nomination where id = ?", Long.class, his);
        jdbc.update("update callback_token set payload = ? where token = ?", "PrincipalDecision{\"nominationId\":" + his + ",\"version\":" + version + ",\"yes\":true,\"cardKey\":\"k\"}", introduce);
        assertThat(chat.pressToken(HUNG, introduce)).isEqualTo(vi("decision.nomination.own"));
        assertThat(status(his)).isEqualTo(NominationStatus.COUNCIL_PASSED);
        assertThat(status(other)).isEqualTo(NominationStatus.COUNCIL_PASSED);
    }
}
