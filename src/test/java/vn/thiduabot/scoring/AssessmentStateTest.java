package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.people.Role;

/**
 * The state machine of one self-assessment: every legal step, and the illegal ones refused without
 * changing anything (wrong state, wrong person, stale round, lost claim).
 */
class AssessmentStateTest {

    static final Duration TTL = Duration.ofHours(2);
    static final String TEAM = "Toán - Tin";
    static final Actor HOA = new Actor(1, "Lò Thị Hoa", TEAM, Set.of(Role.TEACHER));
    static final Actor SON = new Actor(2, "Vì Văn Sơn", TEAM, Set.of(Role.TEACHER, Role.TEAM_LEADER));
    static final Actor OTHER_LEADER = new Actor(3, "Bùi Thị Loan", "Ngữ văn", Set.of(Role.TEAM_LEADER));
    static final Actor MINH = new Actor(4, "Hà Văn Minh", "Văn phòng", Set.of(Role.COUNCIL, Role.SECRETARY));
    static final Actor YEN = new Actor(5, "Cầm Thị Yến", "Ngữ văn", Set.of(Role.COUNCIL));
    static final Actor TUAN = new Actor(6, "Đinh Công Tuấn", "Văn phòng", Set.of(Role.PRINCIPAL));
    static final ScoreSheet.Band B = new ScoreSheet.Band(new BigDecimal("75"), "B", "Tốt");

    Instant now = Instant.parse("2024-05-06T01:00:00Z");

    private SelfAssessment draft() {
        return new SelfAssessment(HOA.staffId(), "2023-2024", TEAM, now);
    }

    private SelfAssessment submitted(boolean teamFirst) {
        SelfAssessment a = draft();
        a.submit(HOA, teamFirst, TEAM, now);
        return a;
    }

    private SelfAssessment reviewed() {
        SelfAssessment a = submitted(false);
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        a.passToPrincipal(MINH, now, TTL);
        return a;
    }

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(Refused.class).extracting(e -> ((Refused) e).key()).isEqualTo(key);
    }

    @Test
    void the_owner_submits_a_draft() {
        SelfAssessment a = draft();
        SelfAssessment.Transition t = a.submit(HOA, true, TEAM, now);
        assertThat(t).isEqualTo(new SelfAssessment.Transition(EventAction.SUBMIT, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED));
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(a.pendingFor(Stage.TEAM)).isTrue();
        assertThat(a.pendingFor(Stage.COUNCIL)).isFalse();
    }

    @Test
    void nobody_else_submits_it_and_it_cannot_be_submitted_twice() {
        SelfAssessment a = draft();
        refused(() -> a.submit(SON, false, TEAM, now), "scoring.refused.not-owner");
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
        a.submit(HOA, false, TEAM, now);
        refused(() -> a.submit(HOA, false, TEAM, now), "scoring.refused.not-editable");
        refused(() -> a.requireEditableBy(HOA), "scoring.refused.not-editable");
    }

    @Test
    void the_team_leader_of_the_same_team_reviews_first_then_the_council() {
        SelfAssessment a = submitted(true);
        refused(() -> a.claim(MINH, Stage.COUNCIL, now, TTL), "scoring.refused.not-pending");
        refused(() -> a.claim(OTHER_LEADER, Stage.TEAM, now, TTL), "scoring.refused.not-team-leader");
        a.claim(SON, Stage.TEAM, now, TTL);
        SelfAssessment.Transition t = a.teamReviewed(SON, now, TTL);
        assertThat(t.to()).isEqualTo(AssessmentStatus.TEAM_REVIEWED);
        assertThat(a.getTeamReviewedBy()).isEqualTo(SON.staffId());
        assertThat(a.getClaimedBy()).as("released").isNull();
        assertThat(a.pendingFor(Stage.COUNCIL)).isTrue();
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        a.passToPrincipal(MINH, now, TTL);
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.REVIEWED);
        assertThat(a.getApprovalRound()).isEqualTo(1);
    }

    @Test
    void nobody_reviews_their_own_submission() {
        SelfAssessment sons = new SelfAssessment(SON.staffId(), "2023-2024", TEAM, now);
        sons.submit(SON, false, TEAM, now);
        Actor sonInCouncil = new Actor(SON.staffId(), SON.fullName(), TEAM, Set.of(Role.TEAM_LEADER, Role.COUNCIL));
        refused(() -> sons.claim(sonInCouncil, Stage.COUNCIL, now, TTL), "scoring.refused.own");
    }

    @Test
    void a_second_reviewer_is_kept_out_until_the_claim_lapses() {
        SelfAssessment a = submitted(false);
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        assertThat(a.claimedByOther(YEN, now, TTL)).contains(MINH.staffId());
        refused(() -> a.claim(YEN, Stage.COUNCIL, now.plus(Duration.ofMinutes(90)), TTL), "scoring.refused.claimed");
        refused(() -> a.passToPrincipal(YEN, now, TTL), "scoring.refused.claim-lost");
        Instant later = now.plus(Duration.ofHours(2));
        a.claim(YEN, Stage.COUNCIL, later, TTL);
        assertThat(a.getClaimedBy()).isEqualTo(YEN.staffId());
        refused(() -> a.passToPrincipal(MINH, later, TTL), "scoring.refused.claim-lost");
    }

    @Test
    void a_return_needs_a_comment_and_the_teacher_can_then_edit_and_resubmit() {
        SelfAssessment a = submitted(false);
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        refused(() -> a.returnForRevision(MINH, Stage.COUNCIL, "  ", now, TTL), "scoring.refused.reason-required");
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        SelfAssessment.Transition t = a.returnForRevision(MINH, Stage.COUNCIL, "Thiếu minh chứng II.4", now, TTL);
        assertThat(t.to()).isEqualTo(AssessmentStatus.RETURNED);
        a.requireEditableBy(HOA);
        SelfAssessment.Transition again = a.submit(HOA, false, TEAM, now);
        assertThat(again.action()).isEqualTo(EventAction.RESUBMIT);
        assertThat(again.from()).isEqualTo(AssessmentStatus.RETURNED);
    }

    @Test
    void only_the_principal_approves_and_only_the_current_round() {
        SelfAssessment a = reviewed();
        refused(() -> a.approve(MINH, 1, new BigDecimal("80"), B, now), "scoring.refused.not-principal");
        refused(() -> a.approve(TUAN, 0, new BigDecimal("80"), B, now), "scoring.refused.decided");
        SelfAssessment.Transition t = a.approve(TUAN, 1, new BigDecimal("80.50"), B, now);
        assertThat(t.to()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(a.getFinalScore()).isEqualByComparingTo("80.5");
        assertThat(a.getFinalBandCode()).isEqualTo("B");
        refused(() -> a.approve(TUAN, 1, new BigDecimal("80"), B, now), "scoring.refused.decided");
    }

    @Test
    void the_principal_returns_to_the_council_and_the_old_card_then_does_nothing() {
        SelfAssessment a = submitted(true);
        a.claim(SON, Stage.TEAM, now, TTL);
        a.teamReviewed(SON, now, TTL);
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        a.passToPrincipal(MINH, now, TTL);
        SelfAssessment.Transition t = a.principalReturn(TUAN, 1, "Xem lại tiêu chí II.4", now);
        assertThat(t.to()).as("back in the council's queue, team review kept").isEqualTo(AssessmentStatus.TEAM_REVIEWED);
        refused(() -> a.approve(TUAN, 1, BigDecimal.TEN, B, now), "scoring.refused.decided");
        a.claim(MINH, Stage.COUNCIL, now, TTL);
        a.passToPrincipal(MINH, now, TTL);
        assertThat(a.getApprovalRound()).isEqualTo(2);
        a.approve(TUAN, 2, BigDecimal.TEN, B, now);
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void an_approved_submission_is_reopened_by_the_principal_or_secretary_with_a_reason() {
        SelfAssessment a = reviewed();
        refused(() -> a.reopen(TUAN, "sai sót", now), "scoring.refused.not-approved");
        a.approve(TUAN, 1, new BigDecimal("80"), B, now);
        refused(() -> a.reopen(YEN, "sai sót", now), "scoring.refused.not-principal");
        refused(() -> a.reopen(HOA, "sai sót", now), "scoring.refused.not-principal");
        refused(() -> a.reopen(MINH, " ", now), "scoring.refused.reason-required");
        SelfAssessment.Transition t = a.reopen(MINH, "Nhập nhầm điểm II.4", now);
        assertThat(t).isEqualTo(new SelfAssessment.Transition(EventAction.REOPEN, AssessmentStatus.APPROVED, AssessmentStatus.SUBMITTED));
        assertThat(a.getFinalScore()).isNull();
        assertThat(a.pendingFor(Stage.COUNCIL)).isTrue();
    }

    @Test
    void a_teacher_cannot_edit_while_it_is_under_review_or_approved() {
        SelfAssessment a = reviewed();
        refused(() -> a.requireEditableBy(HOA), "scoring.refused.not-editable");
        a.approve(TUAN, 1, BigDecimal.TEN, B, now);
        refused(() -> a.requireEditableBy(HOA), "scoring.refused.not-editable");
    }
}
