package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;

/** Who may review, decide, reopen and see the history of whose self-assessment. */
class PermissionsTest {

    static final long HOA = 1;
    static final String TOAN = "Toán - Tin";
    static final Actor LEADER_TOAN = new Actor(2, "Vì Văn Sơn", "toán - tin", Set.of(Role.TEAM_LEADER, Role.TEACHER));
    static final Actor LEADER_VAN = new Actor(3, "Bùi Thị Loan", "Ngữ văn", Set.of(Role.TEAM_LEADER));
    static final Actor COUNCIL = new Actor(4, "Hà Văn Minh", null, Set.of(Role.COUNCIL));
    static final Actor SECRETARY = new Actor(5, "Cầm Thị Yến", null, Set.of(Role.SECRETARY));
    static final Actor PRINCIPAL = new Actor(6, "Đinh Công Tuấn", null, Set.of(Role.PRINCIPAL));
    static final Actor TEACHER = new Actor(7, "Sa Văn Tài", TOAN, Set.of(Role.TEACHER));

    @Test
    void a_team_leader_reviews_their_own_teams_members_only() {
        assertThat(Permissions.canReview(LEADER_TOAN, Stage.TEAM, HOA, TOAN)).as("same team, any case").isTrue();
        assertThat(Permissions.canReview(LEADER_VAN, Stage.TEAM, HOA, TOAN)).isFalse();
        assertThat(Permissions.canReview(LEADER_TOAN, Stage.TEAM, HOA, null)).isFalse();
        assertThat(Permissions.canReview(LEADER_TOAN, Stage.COUNCIL, HOA, TOAN)).as("not in the council").isFalse();
        assertThat(Permissions.canReview(LEADER_TOAN, Stage.TEAM, LEADER_TOAN.staffId(), TOAN)).as("not themselves").isFalse();
    }

    @Test
    void a_council_member_reviews_anyone_but_themselves() {
        assertThat(Permissions.canReview(COUNCIL, Stage.COUNCIL, HOA, TOAN)).isTrue();
        assertThat(Permissions.canReview(COUNCIL, Stage.COUNCIL, COUNCIL.staffId(), null)).isFalse();
        assertThat(Permissions.canReview(COUNCIL, Stage.TEAM, HOA, TOAN)).isFalse();
        assertThat(Permissions.canReview(TEACHER, Stage.COUNCIL, HOA, TOAN)).isFalse();
        assertThat(Permissions.canReview(PRINCIPAL, Stage.COUNCIL, HOA, TOAN)).as("the principal decides, not reviews").isFalse();
    }

    @Test
    void only_the_principal_decides_and_the_secretary_may_also_reopen() {
        assertThat(Permissions.canDecide(PRINCIPAL)).isTrue();
        assertThat(Permissions.canDecide(SECRETARY)).isFalse();
        assertThat(Permissions.canDecide(COUNCIL)).isFalse();
        assertThat(Permissions.canReopen(PRINCIPAL)).isTrue();
        assertThat(Permissions.canReopen(SECRETARY)).isTrue();
        assertThat(Permissions.canReopen(COUNCIL)).isFalse();
        assertThat(Permissions.canReopen(TEACHER)).isFalse();
    }

    @Test
    void nobody_decides_their_own_submission_and_a_substitute_only_once_allowed_for_a_case() {
        assertThat(Permissions.canDecide(PRINCIPAL, HOA)).isTrue();
        assertThat(Permissions.canDecide(PRINCIPAL, PRINCIPAL.staffId())).as("the principal's own").isFalse();
        assertThat(Permissions.canDecide(COUNCIL, PRINCIPAL.staffId())).as("not named for this case").isFalse();
        assertThat(Permissions.canDecide(COUNCIL.deciding(), PRINCIPAL.staffId())).as("the substitute, checked by Deciders").isTrue();
        assertThat(Permissions.canDecide(COUNCIL.deciding(), COUNCIL.staffId())).isFalse();
    }

    @Test
    void the_history_is_for_the_person_their_team_leader_and_those_who_handle_submissions() {
        assertThat(Permissions.canSeeHistory(TEACHER, TEACHER.staffId(), TOAN)).isTrue();
        assertThat(Permissions.canSeeHistory(TEACHER, HOA, TOAN)).isFalse();
        assertThat(Permissions.canSeeHistory(LEADER_TOAN, HOA, TOAN)).isTrue();
        assertThat(Permissions.canSeeHistory(LEADER_VAN, HOA, TOAN)).isFalse();
        assertThat(Permissions.canSeeHistory(COUNCIL, HOA, TOAN)).isTrue();
        assertThat(Permissions.canSeeHistory(SECRETARY, HOA, TOAN)).isTrue();
        assertThat(Permissions.canSeeHistory(PRINCIPAL, HOA, TOAN)).isTrue();
    }
}
