package vn.thiduabot.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRefusal;
import vn.thiduabot.web.WebRequests;

/**
 * The council's and the team leader's review on the Mini App: the same {@link ReviewService} calls as /duyet, so
 * the same claim (one reviewer at a time, whichever front end opened it), the same refusals and the same events
 * (the principal's approval card, the teacher's notice). The stage is the one the submission waits for, decided by
 * the service from the stored roles, never sent by the page.
 */
@RestController
@Conditional(MiniAppEnabled.class)
@RequestMapping("/api/app/review")
class ReviewController {

    private final ReviewService reviews;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final ReviewSheets sheets;
    private final People people;
    private final Texts texts;

    ReviewController(ReviewService reviews, Snapshots snapshots, Campaigns campaigns, ReviewSheets sheets, People people, Texts texts) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.people = people;
        this.texts = texts;
    }

    /** What /duyet lists: the submissions this person may review now, and who holds one. */
    @GetMapping
    ReviewJson.Queue queue(Person viewer, HttpServletRequest request) {
        Actor me = ReviewAccess.reviewer(viewer);
        String year = campaigns.current().schoolYear();
        long waiting = me.has(Role.COUNCIL) ? reviews.waitingForTeams(year) : 0;
        return sheets.queue(year, reviews.reviewQueue(me, year), waiting, WebRequests.locale(request));
    }

    /** Opens (claims) one submission, as pressing its button in /duyet does. */
    @GetMapping("/{id}")
    ReviewJson.Review open(@PathVariable long id, Person viewer, HttpServletRequest request) {
        Actor me = ReviewAccess.reviewer(viewer);
        Stage stage = reviews.stageFor(me, id);
        return sheets.review(reviews.open(me, id, stage), stage, WebRequests.locale(request));
    }

    /** The reviewer's score for one line, read as the chat reads it, with the reason the service requires. */
    @PutMapping("/{id}/items/{code}")
    ReviewJson.Review adjust(@PathVariable long id, @PathVariable String code, @RequestBody ReviewJson.Adjust body, Person viewer,
                             HttpServletRequest request) {
        Actor me = ReviewAccess.reviewer(viewer);
        Stage stage = reviews.stageFor(me, id);
        Snapshot snap = reviews.holding(me, id, stage);
        Criterion item = snap.sheet().item(code).orElseThrow(WebRefusal::notFound);
        Locale locale = WebRequests.locale(request);
        ScoreInput.Parsed score = ScoreInput.parse(body.score(), item.max(), item.kind() == ScoreSheet.Kind.PENALTY, locale);
        if (!score.ok()) {
            throw new WebRefusal(400, score.errorKey(), score.args());
        }
        reviews.adjust(me, id, stage, item.code(), score.value(), body.reason());
        return sheets.review(snapshots.load(id), stage, locale);
    }

    /** The council passes it to the principal; at the team stage, the team leader's "reviewed" sends it to the council. */
    @PostMapping("/{id}/pass")
    ReviewJson.Done pass(@PathVariable long id, Person viewer, HttpServletRequest request) {
        Actor me = ReviewAccess.reviewer(viewer);
        Locale locale = WebRequests.locale(request);
        if (reviews.stageFor(me, id) == Stage.TEAM) {
            Snapshot snap = reviews.teamReviewed(me, id);
            return done(locale, "web.review.team-done", owner(snap), SheetJson.fmt(snap.card().teamTotal(), locale));
        }
        Snapshot snap = reviews.pass(me, id);
        BigDecimal total = snap.card().councilTotal();
        ScoreSheet.Band band = snap.card().band(total);
        return done(locale, "web.review.passed", owner(snap), SheetJson.fmt(total, locale), band.code() + " – " + band.name());
    }

    /** Back to the teacher with the reviewer's comment (the service requires one, as the chat does). */
    @PostMapping("/{id}/return")
    ReviewJson.Done giveBack(@PathVariable long id, @RequestBody ReviewJson.Comment body, Person viewer, HttpServletRequest request) {
        Actor me = ReviewAccess.reviewer(viewer);
        Snapshot snap = reviews.returnForRevision(me, id, reviews.stageFor(me, id), body.comment());
        return done(WebRequests.locale(request), "web.review.returned", owner(snap));
    }

    /** Lets go of the claim so a colleague can open it at once. */
    @PostMapping("/{id}/release")
    ReviewJson.Done release(@PathVariable long id, Person viewer, HttpServletRequest request) {
        reviews.release(ReviewAccess.reviewer(viewer), id);
        return done(WebRequests.locale(request), "web.review.released");
    }

    private String owner(Snapshot snap) {
        return people.name(snap.assessment().getStaffId());
    }

    private ReviewJson.Done done(Locale locale, String key, Object... args) {
        return new ReviewJson.Done(texts.get(locale, key, args));
    }
}
