package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.OutgoingMessage.InlineButton;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.Team;
import vn.thiduabot.support.ChatDriver;
import vn.thiduabot.support.MutableClock;
import vn.thiduabot.support.SchoolFixture;

/**
 * Where the chat offers the Mini App (issue 12): the first screen of /tucham, of /dangky and of a review in
 * /duyet carry a "📝 Mở phiếu" button that opens the same form there, in a row of its own after the chat's
 * buttons, which stay as they are. Run with a Mini App address ({@link MiniAppEntryPointsTest}) and without
 * one ({@link MiniAppEntryPointsOffTest}, where nothing changes).
 */
abstract class MiniAppEntryPoints {

    /** 08:00 on Friday 08/09/2023 in Vietnam: registration is open (until 15/09/2023). */
    static final Instant REGISTRATION_WEEK = Instant.parse("2023-09-08T01:00:00Z");
    /** 08:00 on Monday 06/05/2024: self-assessment is open (03/05 to 20/05/2024). */
    static final Instant SELF_ASSESSMENT_WEEK = Instant.parse("2024-05-06T01:00:00Z");

    static final long HOA = 8301;   // teacher, Toán - Tin
    static final long SON = 8302;   // team leader, Toán - Tin

    @Autowired SchoolFixture school;
    @Autowired UpdateIntake intake;
    @Autowired Outbox outbox;
    @Autowired Texts texts;
    @Autowired MutableClock clock;
    @Autowired Campaigns campaigns;
    @Autowired AssessmentService assessments;
    @Autowired StaffDirectory directory;
    ChatDriver chat;
    long hoaId;

    /** The Mini App's address in this application, or null if it has none. */
    abstract String miniApp();

    @BeforeEach
    void school() {
        chat = new ChatDriver(intake, outbox);
        school.reset();
        Team toan = school.team("Toán - Tin");
        hoaId = school.linked("Lò Thị Hoa", "+84912000301", toan, HOA, Role.TEACHER).getId();
        school.linked("Vì Văn Sơn", "+84912000302", toan, SON, Role.TEACHER, Role.TEAM_LEADER);
    }

    @Test
    void a_teacher_starting_her_self_assessment_is_offered_the_form_beside_the_first_question() {
        clock.set(SELF_ASSESSMENT_WEEK);
        chat.says(HOA, "/tucham");

        List<OutgoingMessage> sent = chat.sent(HOA);
        assertThat(sent.get(0).text()).startsWith("Tự đánh giá năm học 2023-2024: 19 tiêu chí");
        assertOffers(sent.get(0), List.of(), "assessment");
        assertThat(chat.lastText(HOA)).startsWith("Tiêu chí 1/19");
        assertThat(sent.subList(1, sent.size())).as("the questions themselves").allSatisfy(m -> assertThat(webApps(m)).isEmpty());

        int before = chat.sent(HOA).size();
        chat.says(HOA, "/tucham"); // the next day, say: she goes on where she stopped
        OutgoingMessage resume = chat.sent(HOA).get(before);
        assertThat(resume.text()).startsWith("Thầy cô làm tiếp phiếu tự đánh giá");
        assertOffers(resume, List.of(), "assessment");
    }

    @Test
    void a_teacher_registering_is_offered_the_form_and_again_when_she_comes_back_to_her_draft() {
        clock.set(REGISTRATION_WEEK);
        chat.says(HOA, "/dangky");

        List<OutgoingMessage> sent = chat.sent(HOA);
        assertThat(sent.get(0).text()).startsWith("Đăng ký thi đua năm học 2023-2024");
        assertOffers(sent.get(0), List.of(), "registration");
        assertThat(ChatDriver.labels(chat.last(HOA))).contains("Lao động tiên tiến");
        assertThat(webApps(chat.last(HOA))).isEmpty();

        chat.presses(HOA, "Lao động tiên tiến");
        chat.says(HOA, "/dangky");
        assertThat(chat.lastText(HOA)).endsWith(vi("registration.resume.ask"));
        assertOffers(chat.last(HOA), List.of(List.of(vi("registration.resume.continue"), vi("registration.resume.restart"))),
                "registration");
    }

    @Test
    void a_team_leader_opening_a_submission_is_offered_its_review_in_the_form() {
        clock.set(SELF_ASSESSMENT_WEEK);
        long id = submittedByHoa();

        chat.says(SON, "/duyet");
        assertThat(webApps(chat.last(SON))).as("the list of submissions").isEmpty();
        chat.pressesFirst(SON, b -> b.label().startsWith("Lò Thị Hoa"), "Lò Thị Hoa");

        OutgoingMessage overview = chat.last(SON);
        assertThat(overview.text()).contains("Lò Thị Hoa").endsWith(vi("scoring.review.overview-hint"));
        assertOffers(overview, List.of(List.of(vi("scoring.review.walk-button")),
                List.of(vi("scoring.review.team-done-button"), vi("scoring.review.return-button")),
                List.of(vi("scoring.review.history-button"), vi("scoring.review.release-button"))), "review&id=" + id);
    }

    /**
     * The message has exactly these rows of chat buttons, and, with a Mini App, one more row with only the
     * button that opens {@code <address>/app/?screen=<screen>}; without one, nothing else.
     */
    private void assertOffers(OutgoingMessage m, List<List<String>> chatRows, String screen) {
        List<List<String>> chatButtons = m.inlineButtons().stream()
                .map(row -> row.stream().filter(b -> !b.opensWebApp()).map(InlineButton::label).toList())
                .filter(row -> !row.isEmpty()).toList();
        assertThat(chatButtons).as("the chat's own buttons").isEqualTo(chatRows);
        if (miniApp() == null) {
            assertThat(webApps(m)).isEmpty();
            assertThat(m.inlineButtons()).hasSize(chatRows.size());
            return;
        }
        assertThat(m.inlineButtons()).hasSize(chatRows.size() + 1);
        assertThat(m.inlineButtons().get(chatRows.size()))
                .containsExactly(InlineButton.webApp("📝 Mở phiếu", miniApp() + "/app/?screen=" + screen));
    }

    private static List<InlineButton> webApps(OutgoingMessage m) {
        return m.inlineButtons().stream().flatMap(List::stream).filter(InlineButton::opensWebApp).toList();
    }

    private String vi(String key, Object... args) {
        return texts.get(Texts.VIETNAMESE, key, args);
    }

    /** Hoa's sheet, one point under the maximum on every criterion with its evidence, submitted to her team leader. */
    private long submittedByHoa() {
        Actor hoa = Actor.of(directory.byId(hoaId).orElseThrow().linkedPerson().orElseThrow());
        ScoreSheet sheet = campaigns.current().scoreSheet();
        long id = assessments.openOwn(hoa, campaigns.current()).getId();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            assessments.setSelfScore(hoa, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                assessments.addEvidence(hoa, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        assessments.moveTo(hoa, id, sheet.allItems().size());
        assessments.submit(hoa, id);
        return id;
    }
}
