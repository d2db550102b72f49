package vn.thiduabot.scoring.chat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.AssessmentChanged;
import vn.thiduabot.scoring.AssessmentHistory;
import vn.thiduabot.scoring.AssessmentReturned;
import vn.thiduabot.scoring.AssessmentSubmitted;
import vn.thiduabot.scoring.AssessmentTeamReviewed;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * Tells the reviewers a submission waits for them (its team leaders, or the council) and the teacher
 * that it was returned. Plain listeners: they run in the transaction of the step, so the step and the
 * messages it causes commit (or roll back) together.
 */
@Component
class ReviewNotifications {

    private final Messenger messenger;
    private final People people;
    private final Snapshots snapshots;
    private final AssessmentHistory history;
    private final ScoringTexts texts;
    private final ApprovalCards cards;

    ReviewNotifications(Messenger messenger, People people, Snapshots snapshots, AssessmentHistory history, ScoringTexts texts,
                        ApprovalCards cards) {
        this.messenger = messenger;
        this.people = people;
        this.snapshots = snapshots;
        this.history = history;
        this.texts = texts;
        this.cards = cards;
    }

    @EventListener
    void submitted(AssessmentSubmitted e) {
        Snapshot snap = snapshots.load(e.assessmentId());
        List<Person> reviewers = e.teamReviewFirst() ? people.teamLeaders(e.teamName(), e.ownerStaffId())
                : councilExcept(people, e.ownerStaffId());
        String key = e.teamReviewFirst() ? "scoring.notice.submitted-team" : "scoring.notice.submitted-council";
        for (Person r : reviewers) {
            notify(r, e, key, l -> new Object[] {e.actorName(), cards.teamLabel(e.teamName(), l), ScoringTexts.score(e.total(), l),
                    ScoringTexts.band(snap.card().band(e.total()))});
        }
    }

    @EventListener
    void teamReviewed(AssessmentTeamReviewed e) {
        Snapshot snap = snapshots.load(e.assessmentId());
        String team = snap.assessment().getTeamName();
        for (Person r : councilExcept(people, e.ownerStaffId())) {
            notify(r, e, "scoring.notice.team-reviewed", l -> new Object[] {people.name(e.ownerStaffId()), cards.teamLabel(team, l),
                    ScoringTexts.score(snap.card().selfTotal(), l), ScoringTexts.score(e.total(), l), e.actorName()});
        }
    }

    @EventListener
    void returned(AssessmentReturned e) {
        Snapshot snap = snapshots.load(e.assessmentId());
        people.chat(e.ownerStaffId()).ifPresent(owner -> notify(owner, e, "scoring.notice.returned",
                l -> new Object[] {e.actorName(), texts.get(l, e.stage().messageKey()), e.reason(), cards.adjustmentsText(snap, l)}));
    }

    static List<Person> councilExcept(People people, long staffId) {
        return people.withRole(Role.COUNCIL).stream().filter(u -> u.staffId() != staffId).toList();
    }

    /**
     * One notice per step and person: the key names the history row of the step, which
     * {@link AssessmentHistory} wrote first (it listens with the highest precedence).
     */
    void notify(Person to, AssessmentChanged e, String key, Function<Locale, Object[]> args) {
        long row = history.rowOf(e);
        messenger.to(to, key, args.apply(to.locale())).key("scoring:ev" + row + ":" + to.staffId()).send();
    }
}
