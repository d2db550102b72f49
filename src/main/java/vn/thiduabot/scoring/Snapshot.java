package vn.thiduabot.scoring;

import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;

/** A self-assessment with everything needed to show it: its campaign, scores, evidence. */
public record Snapshot(SelfAssessment assessment, Campaign campaign, Scorecard card, Map<String, ScoreEntry> entries,
                List<Evidence> evidence, Map<String, Long> evidenceCounts) {

    public ScoreSheet sheet() {
        return campaign.scoreSheet();
    }

    public long id() {
        return assessment.getId();
    }

    /** The team column is shown once the team leader reviewed it or adjusted something. */
    public boolean teamColumn() {
        return assessment.isNeedsTeamReview()
                && (assessment.getTeamReviewedBy() != null || entries.values().stream().anyMatch(e -> e.getTeamScore() != null));
    }

    /** The council column is shown once the council passed it or adjusted something. */
    public boolean councilColumn() {
        return assessment.getCouncilReviewedBy() != null
                || entries.values().stream().anyMatch(e -> e.getCouncilScore() != null);
    }

    public List<Evidence> evidenceFor(String code) {
        return evidence.stream().filter(e -> e.getItemCode().equals(code)).toList();
    }
}
