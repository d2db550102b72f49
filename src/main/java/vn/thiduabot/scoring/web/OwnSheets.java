package vn.thiduabot.scoring.web;

import java.util.Locale;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.EvidenceRules;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRefusal;

/**
 * The viewer's own self-assessment for the Mini App, found the way /tucham finds it: the current campaign, the
 * viewer's stored staff id ({@link AssessmentService#openNow}, with the chat's refusals outside the window). No
 * request names a sheet: whatever a page sends, it reaches only the viewer's own.
 */
@Component
@Conditional(MiniAppEnabled.class)
class OwnSheets {

    private final AssessmentService service;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final Texts texts;

    OwnSheets(AssessmentService service, Snapshots snapshots, Campaigns campaigns, Texts texts) {
        this.service = service;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.texts = texts;
    }

    Snapshot open(Person viewer) {
        return snapshots.of(service.openNow(Actor.of(viewer), campaigns.current()));
    }

    Snapshot reload(Snapshot snap) {
        return snapshots.load(snap.id());
    }

    /** A line of the sheet by its code as the page sends it; an unknown one is 404. */
    static Criterion item(Snapshot snap, String code) {
        return snap.sheet().item(code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).orElseThrow(WebRefusal::notFound);
    }

    OwnSheetJson json(Snapshot snap, Person viewer) {
        Locale locale = locale(viewer);
        SelfAssessment a = snap.assessment();
        AssessmentService.Readiness ready = service.readiness(snap);
        SheetJson sheet = SheetJson.of(snap, viewer.fullName(), texts.get(locale, a.getStatus().messageKey()), locale,
                SheetJson.codes(ready.unscored()), SheetJson.codes(ready.missingEvidence()));
        Campaign c = snap.campaign();
        return new OwnSheetJson(sheet, a.getStatus().editableByOwner(), c.schoolYear(), Texts.date(c.deadlines().selfAssessmentCloses()),
                EvidenceRules.MAX_BYTES);
    }

    static Locale locale(Person viewer) {
        return viewer.locale() == null ? Texts.VIETNAMESE : viewer.locale();
    }

    /**
     * The teacher's sheet as the page shows it: the sheet ({@link SheetJson}: lines, totals, band, what still stops a
     * submission), whether it can still be changed (a draft inside the window, a returned sheet), the year and the last day,
     * and the largest evidence file ({@link EvidenceRules}), so a phone is told before it sends a larger one in vain.
     */
    record OwnSheetJson(SheetJson sheet, boolean editable, String schoolYear, String closes, long maxFileBytes) { }
}
