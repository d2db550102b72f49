package vn.thiduabot.scoring.web;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.people.Person;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRefusal;

/**
 * The teacher's self-assessment on the Mini App: read it, score a line, submit. The same service calls as /tucham, so a
 * draft saved here shows in the chat and back; a score is read by {@link ScoreInput#parse} with the chat's messages. Every
 * answer is the whole sheet again, its subtotals, total and band computed by the domain.
 */
@RestController
@Conditional(MiniAppEnabled.class)
@RequestMapping("/api/app/assessment")
class AssessmentController {

    private final AssessmentService service;
    private final OwnSheets sheets;

    AssessmentController(AssessmentService service, OwnSheets sheets) {
        this.service = service;
        this.sheets = sheets;
    }

    @GetMapping
    OwnSheets.OwnSheetJson sheet(Person viewer) {
        return sheets.json(sheets.open(viewer), viewer);
    }

    /**
     * A score as the teacher typed it ({@code 7,5}). An invalid one is 422 with the chat's sentence and changes nothing; so
     * is an empty one (the chat has no way to take a score back either: a line is scored 0 instead).
     */
    @PutMapping("/items/{code}")
    OwnSheets.OwnSheetJson score(Person viewer, @PathVariable String code, @RequestBody ScoreBody body) {
        Snapshot snap = sheets.open(viewer);
        Criterion item = OwnSheets.item(snap, code);
        ScoreInput.Parsed p = ScoreInput.parse(body == null ? null : body.score(), item.max(), item.kind() == ScoreSheet.Kind.PENALTY,
                OwnSheets.locale(viewer));
        if (!p.ok()) {
            throw new WebRefusal(422, p.errorKey(), p.args());
        }
        service.setSelfScore(Actor.of(viewer), snap.id(), item.code(), p.value());
        return sheets.json(sheets.reload(snap), viewer);
    }

    /** Exactly the chat's submission: inside the window for a draft, every line scored, required evidence attached. */
    @PostMapping("/submit")
    OwnSheets.OwnSheetJson submit(Person viewer) {
        Snapshot snap = sheets.open(viewer);
        service.submit(Actor.of(viewer), snap.id());
        return sheets.json(sheets.reload(snap), viewer);
    }

    /** The body of a score: the text as typed; nothing else in it is read. */
    record ScoreBody(String score) { }
}
