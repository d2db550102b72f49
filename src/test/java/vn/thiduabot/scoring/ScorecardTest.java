package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduabot.scoring.Sheets.n;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.scoring.Scorecard.Line;

/** Totals and ratings of the three columns, as the summary, the council and the principal see them. */
class ScorecardTest {

    private final ScoreSheet sheet = Sheets.small();

    private Scorecard card(Line... lines) {
        return new Scorecard(sheet, List.of(lines));
    }

    private static Line self(String code, String score) {
        return new Line(code, n(score), null, null);
    }

    @Test
    void the_total_adds_the_criteria_and_the_capped_bonus_and_deducts_penalties() {
        Scorecard c = card(self("I.1", "9"), self("I.2", "8.5"), self("II.1", "7"), self("B1", "5"), self("B2", "4"), self("P1", "3"));
        // 24.5 + min(9, 6) - 3
        assertThat(c.selfTotal()).isEqualByComparingTo("27.5");
        assertThat(c.selfTotal().toPlainString()).isEqualTo("27.5");
        assertThat(c.band(c.selfTotal()).code()).isEqualTo("A");
    }

    @Test
    void a_total_never_goes_below_zero() {
        Scorecard c = card(self("I.1", "1"), self("I.2", "0"), self("II.1", "0"), self("P1", "9"));
        assertThat(c.selfTotal()).isEqualByComparingTo("0");
        assertThat(c.band(c.selfTotal()).code()).isEqualTo("D");
    }

    @Test
    void the_rating_band_starts_exactly_at_its_minimum() {
        assertThat(card().band(n("27")).code()).isEqualTo("A");
        assertThat(card().band(n("26.9")).code()).isEqualTo("B");
        assertThat(card().band(n("22.5")).code()).isEqualTo("B");
        assertThat(card().band(n("22.4")).code()).isEqualTo("C");
    }

    @Test
    void the_team_column_follows_the_self_score_unless_adjusted_and_the_council_follows_the_team() {
        Scorecard c = card(new Line("I.1", n("10"), n("8"), null), new Line("I.2", n("10"), null, n("9")),
                new Line("II.1", n("10"), n("9"), n("10")));
        assertThat(c.selfTotal()).isEqualByComparingTo("30");
        assertThat(c.teamTotal()).isEqualByComparingTo("27");   // 8 + 10 + 9
        assertThat(c.councilTotal()).isEqualByComparingTo("27"); // 8 (team) + 9 + 10
        assertThat(c.council("I.1")).isEqualByComparingTo("8");
        assertThat(c.band(c.selfTotal()).code()).isEqualTo("A");
    }

    @Test
    void criteria_without_a_score_stop_the_submission_but_empty_bonus_and_penalty_items_count_as_zero() {
        Scorecard c = card(self("I.1", "9"), self("II.1", "0"));
        assertThat(c.unscored()).extracting(Criterion::code).containsExactly("I.2");
        assertThat(c.selfTotal()).isEqualByComparingTo("9");
    }

    @Test
    void points_on_an_item_that_requires_evidence_need_at_least_one_file() {
        Scorecard c = card(self("I.1", "9"), self("II.1", "7"), self("B1", "2"));
        assertThat(c.missingEvidence(Map.of())).extracting(Criterion::code).containsExactly("II.1", "B1");
        assertThat(c.missingEvidence(Map.of("II.1", 1L))).extracting(Criterion::code).containsExactly("B1");
        Scorecard zero = card(self("II.1", "0"));
        assertThat(zero.missingEvidence(Map.of())).as("no points claimed, nothing to prove").isEmpty();
    }
}
