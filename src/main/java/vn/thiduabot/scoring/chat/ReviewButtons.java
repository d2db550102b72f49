package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;
import vn.thiduabot.scoring.Stage;

/**
 * The buttons of a review: open (claims it), walk the items, adjust one, back to the overview, return,
 * the team leader's "reviewed", the council's pass, release. A card made for an earlier submission or
 * round is out of date; every change needs the reviewer's own, still valid claim.
 */
@Component
class ReviewButtons implements ButtonAction<ReviewPress> {

    static final Set<Role> ROLES = Set.of(Role.COUNCIL, Role.TEAM_LEADER);

    private final ReviewService reviews;
    private final Snapshots snapshots;
    private final ReviewScreens screens;
    private final People people;
    private final Refusals refusals;

    ReviewButtons(ReviewService reviews, Snapshots snapshots, ReviewScreens screens, People people, Refusals refusals) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.screens = screens;
        this.people = people;
        this.refusals = refusals;
    }

    @Override
    public String action() {
        return "score-review";
    }

    @Override
    public Class<ReviewPress> payloadType() {
        return ReviewPress.class;
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public void onPress(ChatSession s, ReviewPress p) {
        Actor me = Actor.of(s.requireUser());
        long id = p.assessmentId();
        Stage stage = p.stage();
        try {
            SelfAssessment now = snapshots.assessment(id);
            if (now.pendingFor(stage) && !p.version().equals(now.reviewVersion())) { // not pending: the usual refusal says why
                s.alert("decision.card.stale");
                return;
            }
            switch (p.does()) {
                case OPEN -> {
                    Snapshot snap = reviews.open(me, id, stage);
                    screens.enter(s, snap, stage, 0);
                    screens.overview(s, snap, stage);
                }
                case SUMMARY -> {
                    Snapshot snap = reviews.holding(me, id, stage);
                    screens.enter(s, snap, stage, ReviewScreens.currentIndex(s, snap));
                    screens.overview(s, snap, stage);
                }
                case ITEM -> {
                    Snapshot snap = reviews.holding(me, id, stage);
                    int idx = ReviewScreens.clamp(p.item(), snap);
                    screens.enter(s, snap, stage, idx);
                    screens.item(s, snap, stage, idx, true);
                }
                case ADJUST -> {
                    Snapshot snap = reviews.holding(me, id, stage);
                    int idx = ReviewScreens.clamp(p.item(), snap);
                    screens.enter(s, snap, stage, idx);
                    screens.askScore(s, snap, stage, idx);
                }
                case RETURN -> {
                    Snapshot snap = reviews.holding(me, id, stage);
                    screens.enter(s, snap, stage, ReviewScreens.currentIndex(s, snap));
                    s.moveTo(ReviewScreens.STEP_COMMENT);
                    s.reply("scoring.review.ask-comment", people.name(snap.assessment().getStaffId()));
                }
                case TEAM_DONE -> {
                    Snapshot snap = reviews.teamReviewed(me, id);
                    s.endFlow();
                    s.toast("scoring.review.team-done-toast");
                    s.reply("scoring.review.team-done", people.name(snap.assessment().getStaffId()),
                            ScoringTexts.score(snap.card().teamTotal(), s.locale()));
                }
                case PASS -> {
                    Snapshot snap = reviews.pass(me, id);
                    s.endFlow();
                    BigDecimal total = snap.card().councilTotal();
                    s.toast("scoring.review.passed-toast");
                    s.reply("scoring.review.passed", people.name(snap.assessment().getStaffId()), ScoringTexts.score(total, s.locale()),
                            ScoringTexts.band(snap.card().band(total)));
                }
                case RELEASE -> {
                    reviews.release(me, id);
                    s.endFlow();
                    s.reply("scoring.review.released");
                }
            }
        } catch (Refused r) {
            refusals.toast(s, r);
            refusals.reply(s, r);
            if (s.inFlow(ReviewScreens.FLOW) && String.valueOf(id).equals(s.draft().get("a"))) {
                s.endFlow();
            }
        }
    }
}
