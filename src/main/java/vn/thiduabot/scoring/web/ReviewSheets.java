package vn.thiduabot.scoring.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.scoring.Adjustment;
import vn.thiduabot.scoring.AssessmentHistory;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.EventAction;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.Scorecard;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.web.MiniAppEnabled;

/**
 * The reviewer's view of a queue and of one submission, in the viewer's language: what /duyet lists and what its
 * overview shows (the team column at the team stage or once the team reviewed, the council's at the council stage),
 * with every number from the domain.
 */
@Component
@Conditional(MiniAppEnabled.class)
class ReviewSheets {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AssessmentQueries queries;
    private final AssessmentHistory history;
    private final People people;
    private final Texts texts;
    private final Clock clock;

    ReviewSheets(AssessmentQueries queries, AssessmentHistory history, People people, Texts texts, Clock clock) {
        this.queries = queries;
        this.history = history;
        this.people = people;
        this.texts = texts;
        this.clock = clock;
    }

    ReviewJson.Queue queue(String schoolYear, List<ReviewService.Queued> queue, long waitingForTeams, Locale locale) {
        List<ReviewJson.Queued> items = queue.stream().map(q -> {
            SelfAssessment a = q.assessment();
            return new ReviewJson.Queued(a.getId(), people.name(a.getStaffId()), a.getTeamName(), q.stage().name(),
                    texts.get(locale, q.stage().messageKey()), when(a.getSubmittedAt()), q.claimedBy().map(people::name).orElse(null));
        }).toList();
        return new ReviewJson.Queue(schoolYear, items, waitingForTeams);
    }

    ReviewJson.Review review(Snapshot snap, Stage stage, Locale locale) {
        SelfAssessment a = snap.assessment();
        Scorecard card = snap.card();
        SheetJson s = SheetJson.of(snap, people.name(a.getStaffId()), texts.get(locale, a.getStatus().messageKey()), locale,
                SheetJson.codes(card.unscored()), SheetJson.codes(card.missingEvidence(snap.evidenceCounts())));
        SheetJson sheet = new SheetJson(s.id(), s.owner(), s.team(), s.status(), s.statusText(), s.parts(), s.self(), s.teamColumn(),
                s.council(), s.showTeam() || stage == Stage.TEAM, s.showCouncil() || stage == Stage.COUNCIL, s.unscored(),
                s.missingEvidence());
        List<ReviewJson.Change> changes = queries.adjustments(snap.id()).stream().map(c -> change(c, locale)).toList();
        String note = history.last(a.getId(), Set.of(EventAction.PRINCIPAL_RETURN, EventAction.REOPEN, EventAction.RESUBMIT))
                .filter(e -> e.action() != EventAction.RESUBMIT)
                .map(e -> texts.get(locale, "web.review.principal-note", people.name(e.actorStaffId()),
                        texts.get(locale, e.action().messageKey()), e.reason()))
                .orElse(null);
        return new ReviewJson.Review(sheet, stage.name(), texts.get(locale, stage.messageKey()),
                stage == Stage.TEAM ? "team" : "council", when(a.getSubmittedAt()), changes, note);
    }

    private ReviewJson.Change change(Adjustment c, Locale locale) {
        return new ReviewJson.Change(c.itemCode(), c.itemName(), c.stage().name(), texts.get(locale, c.stage().messageKey()),
                SheetJson.fmt(c.from(), locale), SheetJson.fmt(c.to(), locale), c.reason(), c.byName());
    }

    String when(Instant at) {
        return at == null ? "–" : WHEN.format(at.atZone(clock.getZone()));
    }
}
