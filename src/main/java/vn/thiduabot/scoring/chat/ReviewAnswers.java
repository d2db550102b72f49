package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;
import vn.thiduabot.scoring.Stage;

/** What a reviewer types during a review: an item's code, an adjusted score and its reason, the comment of a return. */
@Component
class ReviewAnswers implements Flow {

    private final ReviewService reviews;
    private final Snapshots snapshots;
    private final ReviewScreens screens;
    private final People people;
    private final Refusals refusals;

    ReviewAnswers(ReviewService reviews, Snapshots snapshots, ReviewScreens screens, People people, Refusals refusals) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.screens = screens;
        this.people = people;
        this.refusals = refusals;
    }

    @Override
    public String name() {
        return ReviewScreens.FLOW;
    }

    @Override
    public Set<Role> roles() {
        return ReviewButtons.ROLES;
    }

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Refusals.draftLong(s, "a");
        Stage stage = "TEAM".equals(s.draft().get("st")) ? Stage.TEAM : Stage.COUNCIL;
        if (id.isEmpty()) {
            s.endFlow();
            return;
        }
        Actor me = Actor.of(s.requireUser());
        Snapshot snap;
        try {
            snap = reviews.holding(me, id.get(), stage);
        } catch (Refused r) {
            s.endFlow();
            refusals.reply(s, r);
            return;
        }
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("scoring.review.text-only");
            return;
        }
        String text = s.incoming().text().trim();
        int idx = ReviewScreens.currentIndex(s, snap);
        try {
            switch (s.step() == null ? ReviewScreens.STEP_VIEW : s.step()) {
                case ReviewScreens.STEP_SCORE -> score(s, me, snap, stage, idx, text);
                case ReviewScreens.STEP_REASON -> reason(s, me, snap, stage, idx, text);
                case ReviewScreens.STEP_COMMENT -> {
                    if (tooShortOrRefused(s, text)) {
                        return;
                    }
                    Snapshot done = reviews.returnForRevision(me, snap.id(), stage, text);
                    s.endFlow();
                    s.reply("scoring.review.returned", people.name(done.assessment().getStaffId()));
                }
                default -> {
                    Optional<Criterion> byCode = snap.sheet().item(text.toUpperCase(Locale.ROOT));
                    if (byCode.isPresent()) {
                        int to = snap.sheet().allItems().indexOf(byCode.get());
                        Map<String, String> draft = s.draft();
                        draft.put("i", String.valueOf(to));
                        s.saveDraft(draft);
                        screens.item(s, snap, stage, to, true);
                    } else {
                        s.reply("scoring.review.view-hint");
                    }
                }
            }
        } catch (Refused r) {
            s.endFlow();
            refusals.reply(s, r);
        }
    }

    private void score(ChatSession s, Actor me, Snapshot snap, Stage stage, int idx, String text) {
        Criterion item = snap.sheet().allItems().get(idx);
        ScoreInput.Parsed p = ScoreInput.parse(text, item.max(), item.kind() == ScoreSheet.Kind.PENALTY, s.locale());
        if (!p.ok()) {
            s.reply(p.errorKey(), p.args());
            screens.askScore(s, snap, stage, idx);
            return;
        }
        BigDecimal base = stage == Stage.TEAM ? snap.card().self(item.code()) : snap.card().team(item.code());
        if (base != null && base.compareTo(p.value()) == 0) {
            reviews.adjust(me, snap.id(), stage, item.code(), p.value(), null);
            s.reply("scoring.review.not-adjusted", item.code(), ScoringTexts.score(base, s.locale()));
            screens.item(s, snapshots.of(snap.assessment()), stage, idx, false);
            return;
        }
        Map<String, String> draft = s.draft();
        draft.put("v", p.value().toPlainString());
        s.saveDraft(draft);
        s.moveTo(ReviewScreens.STEP_REASON);
        s.reply("scoring.review.ask-reason", item.code(), ScoringTexts.score(base, s.locale()), ScoringTexts.score(p.value(), s.locale()));
    }

    private void reason(ChatSession s, Actor me, Snapshot snap, Stage stage, int idx, String text) {
        if (tooShortOrRefused(s, text)) {
            return; // still on this step, the score typed before kept in the draft
        }
        String v = s.draft().get("v");
        if (v == null) {
            screens.askScore(s, snap, stage, idx);
            return;
        }
        Criterion item = snap.sheet().allItems().get(idx);
        BigDecimal value = new BigDecimal(v);
        BigDecimal base = reviews.adjust(me, snap.id(), stage, item.code(), value, text);
        Map<String, String> draft = s.draft();
        draft.remove("v");
        s.saveDraft(draft);
        s.reply("scoring.review.adjusted", item.code(), ScoringTexts.score(base, s.locale()), ScoringTexts.score(value, s.locale()), text);
        screens.item(s, snapshots.of(snap.assessment()), stage, idx, false);
    }

    /** A reason or comment must say something: at least a few characters, and no link or command. */
    private static boolean tooShortOrRefused(ChatSession s, String text) {
        if (text.length() < ReviewService.MIN_REASON) {
            s.reply("scoring.review.reason-too-short");
            return true;
        }
        return FreeText.REASON.refuse(s, text);
    }
}
