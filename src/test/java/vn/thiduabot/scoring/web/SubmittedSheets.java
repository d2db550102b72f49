package vn.thiduabot.scoring.web;

import java.math.BigDecimal;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.Evidence;

/** The review tests' sheet, written by the teacher through the domain as the chat or her page would. */
final class SubmittedSheets {

    private SubmittedSheets() {
    }

    /**
     * Every criterion one point under its maximum (81 of 100), no bonus, no penalty; where evidence is required a PDF
     * named after the criterion (file id {@code doc-<code>}); submitted (to her team leader first, if her team has one).
     */
    static long submit(AssessmentService workflow, Campaigns campaigns, Actor teacher) {
        ScoreSheet sheet = campaigns.current().scoreSheet();
        long id = workflow.openOwn(teacher, campaigns.current()).getId();
        for (Criterion c : sheet.allItems()) {
            BigDecimal score = c.kind() == ScoreSheet.Kind.CRITERION ? c.max().subtract(BigDecimal.ONE) : BigDecimal.ZERO;
            workflow.setSelfScore(teacher, id, c.code(), score);
            if (c.evidenceRequired() && score.signum() > 0) {
                workflow.addEvidence(teacher, id, c.code(), "doc-" + c.code(), c.code() + ".pdf", "application/pdf", 90_000,
                        Evidence.Kind.DOCUMENT);
            }
        }
        workflow.moveTo(teacher, id, sheet.allItems().size());
        workflow.submit(teacher, id);
        return id;
    }
}
