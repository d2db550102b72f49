package vn.thiduabot.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffView;

/** Who may sign what, from the stored roles and team: the rules alone, without the bot. */
class PledgeRulesTest {

    static StaffView person(String team, boolean active, Role... roles) {
        return new StaffView(1, "Vì Văn Sơn", "+84913000303", team, Set.of(roles), active, Optional.empty());
    }

    @Test
    void a_team_leader_signs_for_his_own_team_whatever_the_case_of_its_name_and_for_no_other() {
        StaffView son = person("Tổ Toán - Tin", true, Role.TEAM_LEADER, Role.TEACHER);
        assertThat(PledgeRules.refusal(son, PledgeParty.team("tổ toán - tin"))).isEmpty();
        assertThat(PledgeRules.refusal(son, PledgeParty.team("Tổ Ngữ văn - Sử - Địa"))).contains("pledge.refused.other-team");
        assertThat(PledgeRules.refusal(son, PledgeParty.school())).contains("pledge.refused.principal-only");
        assertThat(PledgeRules.partiesOf(son)).containsExactly(PledgeParty.team("Tổ Toán - Tin"));
    }

    @Test
    void a_teacher_a_leader_without_a_team_and_someone_who_left_sign_nothing() {
        assertThat(PledgeRules.refusal(person("Tổ Toán - Tin", true, Role.TEACHER), PledgeParty.team("Tổ Toán - Tin")))
                .contains("pledge.refused.not-leader");
        assertThat(PledgeRules.refusal(person(null, true, Role.TEAM_LEADER), PledgeParty.team("Tổ Toán - Tin")))
                .contains("pledge.refused.other-team");
        assertThat(PledgeRules.refusal(person("Tổ Toán - Tin", false, Role.TEAM_LEADER), PledgeParty.team("Tổ Toán - Tin")))
                .contains("pledge.refused.not-active");
        assertThat(PledgeRules.partiesOf(person("Tổ Toán - Tin", false, Role.TEAM_LEADER, Role.PRINCIPAL))).isEmpty();
    }

    @Test
    void the_principal_signs_for_the_school_and_also_for_the_team_he_leads_if_he_leads_one() {
        StaffView hung = person("Tổ Văn phòng", true, Role.PRINCIPAL, Role.TEAM_LEADER);
        assertThat(PledgeRules.refusal(hung, PledgeParty.school())).isEmpty();
        assertThat(PledgeRules.partiesOf(hung)).containsExactly(PledgeParty.team("Tổ Văn phòng"), PledgeParty.school());
        assertThat(PledgeRules.refusal(person(null, true, Role.PRINCIPAL), PledgeParty.team("Tổ Văn phòng")))
                .contains("pledge.refused.not-leader");
    }
}
