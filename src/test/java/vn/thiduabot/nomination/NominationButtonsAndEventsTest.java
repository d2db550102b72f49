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
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
import vn.thiduabot.support.BotTest;
import vn.thiduabot.support.ClockAt;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;
import vn.thiduabot.support.TypedText;

/**
 * Exemplar nominations on Monday 20 November 2023, the school of {@link NominationDialogTest}: what an
 * old or forged button does (nothing, politely), and the events each step of a nomination publishes.
 */
@RecordApplicationEvents
class NominationButtonsAndEventsTest extends NominationSchoolDay {

    @Autowired ApplicationEvents events;
    @Autowired NominationService service;
    @Autowired NominationReviews reviews;



    // --- scenarios ---------------------------------------------------------------------------------

    @Test
    void each_step_of_a_nomination_publishes_who_moved_it_from_where_to_where() {
        long id = huongNominatesMinh();
        assertThat(events.stream(NominationSubmitted.class)).containsExactly(
                new NominationSubmitted(id, staffId(HUONG), TOAN, new Quarter(2023, 4), null, MONDAY_9AM));

        clock.advance(Duration.ofHours(1));
        chat.presses(SON, "Xác nhận");
        assertThat(events.stream(NominationPassed.class)).containsExactly(new NominationPassed(id, ReviewStage.TEAM,
                NominationStatus.SUBMITTED, NominationStatus.TEAM_CONFIRMED, staffId(SON), null, MONDAY_9AM.plus(Duration.ofHours(1))));

        chat.says(TAM, "/xetdecu");
        chat.presses(TAM, vi("nomination.council.reject-button"));
        chat.says(TAM, "Thành tích chưa có minh chứng của cấp tỉnh");
        assertThat(events.stream(NominationRejected.class)).containsExactly(new NominationRejected(id, ReviewStage.COUNCIL,
                NominationStatus.TEAM_CONFIRMED, NominationStatus.COUNCIL_REJECTED, staffId(TAM), "Thành tích chưa có minh chứng của cấp tỉnh",
                MONDAY_9AM.plus(Duration.ofHours(1))));
        assertThat(jdbc.queryForList("select from_status || '>' || to_status from nomination_event where nomination_id = ? order by id",
                String.class, id)).containsExactly("DRAFT>SUBMITTED", "SUBMITTED>TEAM_CONFIRMED", "TEAM_CONFIRMED>COUNCIL_REJECTED");
    }

    @Test
    void a_team_leaders_own_nomination_is_published_as_skipping_the_team_stage_by_the_bot() {
        chat.says(SON, "/decu");
        chat.presses(SON, vi("nomination.kind.staff"));
        chat.says(SON, "minh");
        chat.presses(SON, "Đinh Công Minh — " + TOAN);
        chat.presses(SON, vi("nomination.category.exemplar"));
        chat.says(SON, ACHIEVEMENT);
        chat.presses(SON, "Bỏ qua");
        chat.presses(SON, vi("nomination.send-button"));
        long id = latestNominationId();

        assertThat(events.stream(NominationSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.skipReason()).isEqualTo(NominationEvent.SKIP_NOMINATOR_LEADS));
        assertThat(events.stream(NominationPassed.class)).singleElement().satisfies(e -> {
            assertThat(e.nominationId()).isEqualTo(id);
            assertThat(e.automatic()).isTrue();
            assertThat(e.to()).isEqualTo(NominationStatus.TEAM_CONFIRMED);
        });
        assertThat(chat.sent(SON).stream().map(OutgoingMessage::text)).as("no card to himself")
                .noneMatch(t -> t.startsWith(vi("nomination.team.intro")));
    }

    @Test
    void a_council_card_pressed_after_the_nomination_moved_on_is_out_of_date_and_changes_nothing() {
        long id = huongNominatesMinh();
        chat.presses(SON, "Xác nhận");
        chat.says(TAM, "/xetdecu");
        String pass = ChatDriver.token(chat.latestWith(TAM, vi("nomination.council.pass-button")), vi("nomination.council.pass-button"));
        jdbc.update("update nomination set version = version + 1 where id = ?", id);
        int principalsMessages = chat.sent(HUNG).size();

        assertThat(chat.pressToken(TAM, pass)).isEqualTo(vi("decision.card.stale"));
        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);
        assertThat(events.stream(NominationPassed.class)).as("only the team's").hasSize(1);
        assertThat(chat.sent(HUNG)).as("no card for the principal").hasSize(principalsMessages);
    }

    @Test
    void a_council_button_forged_from_a_team_card_is_no_longer_valid() {
        long id = huongNominatesMinh();
        String confirm = ChatDriver.token(chat.latestWith(SON, "Xác nhận"), "Xác nhận");
        long version = jdbc.queryForObject("select version from nomination where id = ?", Long.class, id);
        jdbc.update("update callback_token set payload = ? where token = ?",
                "CouncilDecision{\"nominationId\":" + id + ",\"version\":" + version + ",\"yes\":true,\"cardKey\":\"k\"}", confirm);

        assertThat(chat.pressToken(SON, confirm)).isEqualTo(vi("error.button-stale"));
        assertThat(status(id)).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(events.stream(NominationPassed.class)).isEmpty();
    }

    @Test
    void a_draft_button_pointed_at_someone_elses_draft_finds_no_draft_and_changes_nothing() {
        huongDraftsColleague("minh", "Đinh Công Minh — " + TOAN);
        long huongs = latestNominationId();
        chat.says(YEN, "/decu");
        String kind = ChatDriver.token(chat.last(YEN), vi("nomination.kind.external"));
        jdbc.update("update callback_token set payload = ? where token = ?",
                "ChooseKind{\"nominationId\":" + huongs + ",\"kind\":\"EXTERNAL\"}", kind);

        assertThat(chat.pressToken(YEN, kind)).isEqualTo(vi("nomination.draft-gone"));
        assertThat(jdbc.queryForObject("select nominee_kind from nomination where id = ?", String.class, huongs)).isEqualTo("STAFF");

        jdbc.update("update callback_token set payload = ? where token = ?",
                "ChooseKind{\"nominationId\":" + huongs + ",\"kind\":\"NOBODY\"}", kind);
        assertThat(chat.pressToken(YEN, kind)).isEqualTo(vi("error.button-stale"));
    }

    @Test
    void an_exemplar_list_button_for_a_fifth_quarter_is_no_longer_valid() {
        chat.says(HOA, "/dienhinh");
        OutgoingMessage list = chat.last(HOA);
        String earlier = list.inlineButtons().get(0).get(0).callbackData();
        jdbc.update("update callback_token set payload = ? where token = ?", "ShowQuarter{\"year\":2023,\"number\":5}", earlier);

        assertThat(chat.pressToken(HOA, earlier)).isEqualTo(vi("error.button-stale"));
        assertThat(chat.last(HOA)).isEqualTo(list);
    }

    @Test
    void a_council_decision_rolled_back_leaves_neither_its_history_nor_the_principals_card() {
        long id = huongNominatesMinh();
        chat.presses(SON, "Xác nhận");
        int historyBefore = jdbc.queryForObject("select count(*) from nomination_event where nomination_id = ?", Integer.class, id);
        int principalsBefore = chat.sent(HUNG).size();

        tx.executeWithoutResult(t -> {
            reviews.decide(service.find(id).orElseThrow(), ReviewStage.COUNCIL, true, staffId(TAM), null);
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where chat_id = ?", Integer.class, HUNG))
                    .as("the principal's card queued by the listener, inside the transaction").isEqualTo(principalsBefore + 1);
            t.setRollbackOnly();
        });

        assertThat(status(id)).isEqualTo(NominationStatus.TEAM_CONFIRMED);
        assertThat(jdbc.queryForObject("select count(*) from nomination_event where nomination_id = ?", Integer.class, id))
                .isEqualTo(historyBefore);
        assertThat(chat.sent(HUNG)).hasSize(principalsBefore);
    }
}
