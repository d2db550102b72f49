package vn.thiduabot.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;

/** Loads self-assessments with their campaign, scores and evidence. */
@Component
public class Snapshots {

    private final SelfAssessmentRepository assessments;
    private final ScoreEntryRepository scores;
    private final EvidenceRepository evidence;
    private final Campaigns campaigns;

    Snapshots(SelfAssessmentRepository assessments, ScoreEntryRepository scores, EvidenceRepository evidence, Campaigns campaigns) {
        this.assessments = assessments;
        this.scores = scores;
        this.evidence = evidence;
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public SelfAssessment assessment(long id) {
        return assessments.findById(id).orElseThrow(() -> new Refused("scoring.refused.gone"));
    }

    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public Snapshot load(long id) {
        return of(assessment(id));
    }

    @Transactional(readOnly = true)
    public Snapshot of(SelfAssessment a) {
        Campaign campaign = campaignOf(a);
        Map<String, ScoreEntry> entries = new LinkedHashMap<>();
        scores.findByAssessmentId(a.getId()).forEach(e -> entries.put(e.getItemCode(), e));
        List<Evidence> files = evidence.findByAssessmentIdOrderByIdAsc(a.getId());
        Map<String, Long> counts = files.stream().collect(Collectors.groupingBy(Evidence::getItemCode, Collectors.counting()));
        return new Snapshot(a, campaign, Scorecard.of(campaign.scoreSheet(), entries.values()), entries, files, counts);
    }

    /** The campaign of the assessment's school year (the current one if that file was removed). */
    public Campaign campaignOf(SelfAssessment a) {
        return campaigns.forYear(a.getSchoolYear()).orElseGet(campaigns::current);
    }
}
