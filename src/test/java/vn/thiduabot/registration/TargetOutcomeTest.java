package vn.thiduabot.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.registration.TargetOutcome.Verdict;

/** The rule "result >= target" at its exact boundary, and the yes/no and text cases. */
class TargetOutcomeTest {

    @Test
    void a_percentage_equal_to_the_target_is_met_and_a_hair_below_is_not() {
        assertThat(TargetOutcome.met(TargetType.PERCENT, "85", "85")).isEqualTo(Verdict.MET);
        assertThat(TargetOutcome.met(TargetType.PERCENT, "85", "84.9")).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetOutcome.met(TargetType.PERCENT, "85.5", "85.5")).isEqualTo(Verdict.MET);
        assertThat(TargetOutcome.met(TargetType.PERCENT, "85.5", "100")).isEqualTo(Verdict.MET);
    }

    @Test
    void a_count_equal_to_the_target_is_met_and_one_less_is_not() {
        assertThat(TargetOutcome.met(TargetType.NUMBER, "3", "3")).isEqualTo(Verdict.MET);
        assertThat(TargetOutcome.met(TargetType.NUMBER, "3", "2")).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetOutcome.met(TargetType.NUMBER, "0", "0")).isEqualTo(Verdict.MET);
    }

    @Test
    void a_yes_commitment_is_met_only_by_yes_and_text_gets_no_verdict() {
        assertThat(TargetOutcome.met(TargetType.YES_NO, "yes", "yes")).isEqualTo(Verdict.MET);
        assertThat(TargetOutcome.met(TargetType.YES_NO, "yes", "no")).isEqualTo(Verdict.NOT_MET);
        assertThat(TargetOutcome.met(TargetType.YES_NO, "no", "no")).isEqualTo(Verdict.MET);
        assertThat(TargetOutcome.met(TargetType.TEXT, "Đề tài A", "Xong")).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(TargetOutcome.met(TargetType.NUMBER, "3", null)).isEqualTo(Verdict.PENDING);
    }
}
