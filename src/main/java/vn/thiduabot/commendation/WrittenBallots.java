package vn.thiduabot.commendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.commendation.CommendationStore.BallotEvent;
import vn.thiduabot.commendation.CommendationStore.ItemRow;
import vn.thiduabot.commendation.CommendationStore.VoteRow;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * A council member's written (paper) ballot, recorded by the secretary: the member sees on their phone
 * what was recorded and by whom, and their own vote in the bot before the close replaces it. Each
 * recording and replacement is kept with who and when, never with the choices.
 */
@Component
class WrittenBallots {

    static final String RECORDED = "WRITTEN_RECORDED";
    static final String REPLACED = "WRITTEN_REPLACED";

    private final CommendationStore store;
    private final StaffDirectory staff;
    private final Messenger messenger;
    private final CommendationTexts t;

    WrittenBallots(CommendationStore store, StaffDirectory staff, Messenger messenger, CommendationTexts t) {
        this.store = store;
        this.staff = staff;
        this.messenger = messenger;
        this.t = t;
    }

    /** Records who entered the written ballot and shows the member what was recorded (a secret message). */
    void recorded(Campaign c, VoteRow vote, List<ItemRow> items, long memberId, Map<Long, Boolean> choices, long secretary,
                  Instant now, java.util.function.BiFunction<Locale, ItemRow, String> label) {
        store.ballotEvent(vote.id(), memberId, RECORDED, secretary, now);
        Person member = staff.byId(memberId).flatMap(StaffView::chatUser).filter(u -> u.chatId() != null).orElse(null);
        if (member == null) {
            return;
        }
        Locale l = member.locale();
        StringBuilder lines = new StringBuilder();
        for (ItemRow i : items) {
            Boolean yes = choices.get(i.id());
            if (yes != null) {
                lines.append(lines.isEmpty() ? "" : "\n").append(i.position()).append(". ").append(label.apply(l, i)).append(": ")
                        .append(t.text(l, yes ? "commendation.ballot.yes" : "commendation.ballot.no"));
            }
        }
        messenger.to(member, "decision.written.recorded", name(secretary), VoteInput.dateTime(now, c.zone()), lines.toString())
                .key("com-written-" + vote.id() + "-" + memberId + "-" + now.toEpochMilli())
                .sensitive()
                .send();
    }

    /** The member's own press on an item the secretary had recorded in writing: the replacement is kept (who, when). */
    void replaced(long voteId, long memberId, Instant now) {
        store.ballotEvent(voteId, memberId, REPLACED, memberId, now);
    }

    /** One line per replaced written ballot, for the outcome the secretaries and principals read. */
    List<String> history(Locale l, Campaign c, long voteId) {
        List<BallotEvent> events = store.ballotEvents(voteId);
        List<String> out = new ArrayList<>();
        java.util.Set<Long> told = new java.util.HashSet<>();
        for (BallotEvent e : events) {
            if (!REPLACED.equals(e.action()) || !told.add(e.voterStaffId())) {
                continue;
            }
            long recorder = events.stream().filter(x -> RECORDED.equals(x.action()) && x.voterStaffId() == e.voterStaffId())
                    .map(BallotEvent::actorStaffId).reduce((a, b) -> b).orElse(0L);
            out.add(t.text(l, "decision.written.history-line", name(e.voterStaffId()), name(recorder),
                    VoteInput.dateTime(e.at(), c.zone())));
        }
        return out;
    }

    private String name(long staffId) {
        return staff.byId(staffId).map(StaffView::fullName).orElse("#" + staffId);
    }
}
