package vn.thiduabot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeParty;
import vn.thiduabot.pledge.PledgeRules;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.pledge.PledgeSign;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The pledge (campaign files with a {@code pledge:} section): on its opening day at 08:00 each team leader and the
 * principal get the card with the pledge's wording and a button to sign; at D-5 and D-1 of the Department submission
 * those whose party has still not signed are reminded, with the same button. Who signed gets nothing.
 */
@Component
class PledgeReminders {

    private final StaffDirectory staff;
    private final PledgeService pledges;
    private final ReminderTexts texts;

    PledgeReminders(StaffDirectory staff, PledgeService pledges, ReminderTexts texts) {
        this.staff = staff;
        this.pledges = pledges;
        this.texts = texts;
    }

    /** Each linked person who may sign for a party that has not signed, with that party (their team first). */
    void each(Campaign c, Deliveries deliveries, Composer composer) {
        Optional<PledgeBoard> board = pledges.board(c);
        if (board.isEmpty()) {
            return;
        }
        for (StaffView v : staff.activeStaff()) {
            if (v.linkedPerson().isEmpty()) {
                continue;
            }
            List<PledgeParty> owed = new ArrayList<>();
            for (PledgeParty p : PledgeRules.partiesOf(v)) {
                if (board.get().entry(p).map(e -> !e.signed()).orElse(false)) {
                    owed.add(p);
                }
            }
            if (owed.isEmpty()) {
                continue;
            }
            Person u = v.linkedPerson().get();
            List<String> parties = owed.stream().map(p -> party(u, p)).toList();
            deliveries.sendTexts(u, ReminderTexts.chunks(composer.lines(u, board.get(), String.join(", ", parties)),
                    ReminderTexts.MAX_MESSAGE), new ReminderChannel.Button("reminder.pledge.button",
                    PledgeSign.of(c.schoolYear(), owed.get(0))));
        }
    }

    private String party(Person u, PledgeParty p) {
        return p.isSchool() ? texts.text(u, "pledge.party.school") : texts.text(u, "pledge.party.team", p.teamName());
    }

    /** The lines of one person's message. */
    interface Composer {
        List<String> lines(Person to, PledgeBoard board, String parties);
    }

    @Component
    static class Open implements ReminderAudience {
        private final PledgeReminders r;

        Open(PledgeReminders r) {
            this.r = r;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.PLEDGE_OPEN;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            r.each(c, deliveries, (u, board, parties) -> List.of(
                    r.texts.text(u, "reminder.pledge.open", c.schoolYear(), parties, ReminderTexts.date(o.deadline())),
                    "",
                    r.texts.text(u, "pledge.card.text", board.pledge().text())));
        }
    }

    @Component
    static class Due implements ReminderAudience {
        private final PledgeReminders r;

        Due(PledgeReminders r) {
            this.r = r;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.PLEDGE_DUE;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            r.each(c, deliveries, (u, board, parties) -> List.of(r.texts.text(u, "reminder.pledge.due", parties,
                    c.schoolYear(), ReminderTexts.date(o.deadline()), r.texts.daysLeft(u.locale(), c, o.deadline()))));
        }
    }
}
