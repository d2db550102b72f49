package vn.thiduabot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/** Who may confirm a staff list: the rule behind every preview card, at its edges. */
class ImportPlanTest {

    static final long HOA = 2;   // secretary and admin
    static final long THU = 3;   // secretary only
    static final long HUNG = 1;  // principal

    private static Person user(long id, Role... roles) {
        return new Person(id, "#" + id, null, Set.of(roles), Texts.VIETNAMESE, id, id);
    }

    private static ImportPlan plan(ImportPlan.Change... changes) {
        return new ImportPlan(List.of(), false, false, List.of(), null, List.of(changes));
    }

    private static ImportPlan.Change change(Long id, Set<Role> before, Set<Role> after) {
        return new ImportPlan.Change(id, "#" + id, before, after);
    }

    @Test
    void a_team_leader_is_not_a_privileged_role_but_council_secretary_admin_and_principal_are_given_or_taken() {
        assertThat(change(9L, Set.of(Role.TEACHER), Set.of(Role.TEACHER, Role.TEAM_LEADER)).privileged()).isFalse();
        assertThat(change(9L, Set.of(Role.TEACHER), Set.of(Role.TEACHER, Role.COUNCIL)).privileged()).isTrue();
        assertThat(change(9L, Set.of(Role.SECRETARY), Set.of(Role.TEACHER)).privileged()).as("taken away too").isTrue();
        assertThat(change(null, Set.of(), Set.of(Role.ADMIN)).privileged()).isTrue();
        assertThat(change(9L, Set.of(Role.PRINCIPAL), Set.of(Role.PRINCIPAL, Role.TEACHER)).privileged()).isFalse();
    }

    @Test
    void the_secretary_confirms_ordinary_changes_but_not_privileged_ones() {
        ImportPlan ordinary = plan(change(9L, Set.of(Role.TEACHER), Set.of(Role.TEACHER, Role.TEAM_LEADER)));
        ImportPlan privileged = plan(change(9L, Set.of(Role.TEACHER), Set.of(Role.COUNCIL)));
        assertThat(ordinary.mayBeConfirmedBy(user(THU, Role.SECRETARY))).isTrue();
        assertThat(privileged.mayBeConfirmedBy(user(THU, Role.SECRETARY))).isFalse();
        assertThat(privileged.mayBeConfirmedBy(user(HOA, Role.SECRETARY, Role.ADMIN))).isTrue();
        assertThat(privileged.mayBeConfirmedBy(user(HUNG, Role.PRINCIPAL))).isTrue();
        assertThat(ordinary.mayBeConfirmedBy(user(9, Role.TEACHER, Role.COUNCIL))).as("a council member alone").isFalse();
    }

    @Test
    void nobody_confirms_a_list_that_gives_them_any_role_but_losing_one_is_no_obstacle() {
        ImportPlan raisesHoa = plan(change(HOA, Set.of(Role.SECRETARY, Role.ADMIN), Set.of(Role.SECRETARY, Role.ADMIN, Role.TEAM_LEADER)));
        assertThat(raisesHoa.mayBeConfirmedBy(user(HOA, Role.SECRETARY, Role.ADMIN))).isFalse();
        assertThat(raisesHoa.mayBeConfirmedBy(user(HUNG, Role.PRINCIPAL))).isTrue();
        ImportPlan lowersHoa = plan(change(HOA, Set.of(Role.SECRETARY, Role.ADMIN), Set.of(Role.ADMIN)));
        assertThat(lowersHoa.mayBeConfirmedBy(user(HOA, Role.SECRETARY, Role.ADMIN))).isTrue();
    }
}
