package vn.thiduabot.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.Discipline;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.campaign.TitleRules;

/**
 * The campaign key require-targets-met (issue 13): when on, a person proposed for a title with a required registered
 * target not met is flagged, the target named; when off (the default) the same facts pass.
 */
class TargetsMetRuleTest {

    static Campaign campaign(boolean requireTargetsMet) {
        return new Campaign("test.yml", "Trường mẫu", "2023-2024", ZoneId.of("Asia/Ho_Chi_Minh"), null,
                List.of(new Campaign.Title("LDTT", "Lao động tiên tiến", "", List.of(), false)),
                List.of(), List.of(), List.of(), new ScoreSheet(List.of(), List.of(), BigDecimal.ZERO, List.of(), List.of()), false, List.of(),
                new CommendationRules(2_340_000L, CommendationRules.defaults().awardMultiples(), CommendationRules.TitleCodes.DEFAULT,
                        new BigDecimal("15"), new BigDecimal("50"), new BigDecimal("70"), new BigDecimal("100"), Map.of(),
                        CommendationRules.defaults().ratingFromBand(), null, CommendationRules.defaults().money(),
                        new TitleRules(Discipline.REPRIMAND, Map.of(), Map.of(), 0, requireTargetsMet)));
    }

    static final String LESSONS = "Số tiết dạy tốt, thao giảng, chuyên đề trong năm";

    private static List<Violation> check(Campaign c, Map<Long, List<String>> unmet) {
        PersonFacts hoa = new PersonFacts(1, "Lò Thị Hoa", "Toán - Tin", StaffRating.HTTNV, PersonFacts.RatingSource.SECRETARY,
                Discipline.NONE, null, null, null);
        Proposal p = new Proposal(101, "2023-2024", Proposal.Kind.INDIVIDUAL, 1L, null, "Lò Thị Hoa", "LDTT", null);
        return RuleCheck.check(c, new RuleCheck.Input(List.of(p), Map.of(1L, hoa), Map.of(), Map.of(), Map.of(), unmet));
    }

    @Test
    void when_configured_a_required_target_not_met_is_flagged_with_its_name() {
        List<Violation> v = check(campaign(true), Map.of(1L, List.of(LESSONS)));
        assertThat(v).extracting(Violation::key).containsExactly("commendation.rule.targets-not-met");
        assertThat(v.get(0).args()).contains("Lò Thị Hoa", "Lao động tiên tiến", LESSONS);
    }

    @Test
    void when_configured_and_every_required_target_is_met_nothing_is_flagged() {
        assertThat(check(campaign(true), Map.of(1L, List.of()))).isEmpty();
    }

    @Test
    void off_by_default_the_same_person_passes() {
        assertThat(check(campaign(false), Map.of(1L, List.of(LESSONS)))).isEmpty();
        assertThat(TitleRules.DEFAULT.requireTargetsMet()).isFalse();
    }
}
