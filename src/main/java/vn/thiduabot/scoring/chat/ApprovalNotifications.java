package vn.thiduabot.scoring.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.AssessmentApproved;
import vn.thiduabot.scoring.AssessmentReopened;
import vn.thiduabot.scoring.AssessmentReturnedToCouncil;
import vn.thiduabot.scoring.AssessmentReviewed;
import vn.thiduabot.scoring.AssessmentsApproved;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * The principal's side in messages: the approval card when the council passes a submission, the card
 * edited to show the decision, and the notices to the teacher and the council member who passed it
 * (approved, returned, reopened). Plain listeners, in the transaction of the step.
 */
@Component
class ApprovalNotifications {

    private final Messenger messenger;
    private final People people;
    private final Snapshots snapshots;
    private final ScoringTexts texts;
    private final ApprovalCards cards;
    private final ReviewNotifications notices;

    ApprovalNotifications(Messenger messenger, People people, Snapshots snapshots, ScoringTexts texts, ApprovalCards cards,
                          ReviewNotifications notices) {
        this.messenger = messenger;
        this.people = people;
        this.snapshots = snapshots;
        this.texts = texts;
        this.cards = cards;
        this.notices = notices;
    }

    @EventListener
    void reviewed(AssessmentReviewed e) {
        cards.send(snapshots.load(e.assessmentId()));
    }

    @EventListener
    void approved(AssessmentApproved e) {
        Snapshot snap = snapshots.load(e.assessmentId());
        String band = e.bandCode() + " – " + e.bandName();
        cards.decided(snap, e.round(), "scoring.approval.outcome-approved",
                l -> new Object[] {e.actorName(), texts.when(e.at()), ScoringTexts.score(e.total(), l), band});
        people.chat(e.ownerStaffId()).ifPresent(owner -> notices.notify(owner, e, "scoring.notice.approved",
                l -> new Object[] {ScoringTexts.score(e.total(), l), band, ScoringTexts.score(snap.card().selfTotal(), l), e.actorName()}));
    }

    @EventListener
    void returnedToCouncil(AssessmentReturnedToCouncil e) {
        Snapshot snap = snapshots.load(e.assessmentId());
        SelfAssessment a = snap.assessment();
        cards.decided(snap, e.round(), "scoring.approval.outcome-returned", l -> new Object[] {e.actorName(), texts.when(e.at()), e.reason()});
        for (Person to : reviewersToTell(a)) {
            notices.notify(to, e, "scoring.notice.principal-returned", l -> new Object[] {people.name(a.getStaffId()),
                    cards.teamLabel(a.getTeamName(), l), e.actorName(), e.reason()});
        }
    }

    @EventListener
    void reopened(AssessmentReopened e) {
        SelfAssessment a = snapshots.assessment(e.assessmentId());
        Set<Person> told = new LinkedHashSet<>();
        people.chat(a.getStaffId()).ifPresent(told::add);
        told.addAll(reviewersToTell(a));
        if (!e.byPrincipal()) {
            told.addAll(people.withRole(Role.PRINCIPAL));
        }
        for (Person to : told) {
            if (to.staffId() == e.actorStaffId()) {
                continue;
            }
            String key = to.staffId() == a.getStaffId() ? "scoring.notice.reopened-owner" : "scoring.notice.reopened";
            notices.notify(to, e, key, l -> new Object[] {people.name(a.getStaffId()), e.actorName(), e.reason(),
                    ScoringTexts.score(e.total(), l)});
        }
    }

    /** The council member who passed it hears once per decision, not once per submission. */
    @EventListener
    void approvedTogether(AssessmentsApproved e) {
        Map<Long, List<SelfAssessment>> byReviewer = new LinkedHashMap<>();
        for (long id : e.assessmentIds()) {
            SelfAssessment a = snapshots.assessment(id);
            Long r = a.getCouncilReviewedBy();
            if (r != null && r != e.deciderStaffId()) {
                byReviewer.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
            }
        }
        byReviewer.forEach((reviewer, list) -> people.chat(reviewer).ifPresent(to -> {
            Locale l = to.locale();
            StringBuilder names = new StringBuilder();
            for (SelfAssessment a : list) {
                names.append('\n').append(texts.get(l, "scoring.notice.approved-line", people.name(a.getStaffId()),
                        ScoringTexts.score(a.getFinalScore(), l), a.getFinalBandCode() + " – " + a.getFinalBandName()));
            }
            String key = "scoring:approved:" + list.get(0).getId() + ":" + list.get(0).getApprovalRound() + ":"
                    + list.size() + ":" + to.staffId();
            messenger.to(to, "scoring.notice.approved-council", e.deciderName(), String.valueOf(list.size()), names.toString())
                    .key(key).send();
        }));
    }

    /** The council member who passed it, or the whole council if nobody can be reached that way. */
    private List<Person> reviewersToTell(SelfAssessment a) {
        Optional<Person> reviewer = people.chat(a.getCouncilReviewedBy());
        return reviewer.map(List::of).orElseGet(() -> ReviewNotifications.councilExcept(people, a.getStaffId()));
    }
}
