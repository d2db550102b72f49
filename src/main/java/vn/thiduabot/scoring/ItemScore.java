package vn.thiduabot.scoring;

import java.math.BigDecimal;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * One line of the score sheet for one person: the self-score, the team's and the council's score
 * (equal to the column before them unless adjusted), the adjustment reasons, and the evidence count.
 * Scores are null where the teacher gave none.
 */
public record ItemScore(String code, String name, ScoreSheet.Kind kind, String sectionCode, BigDecimal max,
                        boolean evidenceRequired, BigDecimal self, BigDecimal team, String teamReason, BigDecimal council,
                        String councilReason, int evidenceCount) { }
