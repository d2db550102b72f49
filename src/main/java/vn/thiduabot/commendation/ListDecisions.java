package vn.thiduabot.commendation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.PersonDirectory;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.commendation.CommendationStore.ListState;
import vn.thiduabot.commendation.CommendationStore.ListStatus;

/**
 * The principal's decision on the year's list: the secretary submits it, every principal gets a card
 * with the proposals, the rules they break in plain words and the award money; "approve" on a list
 * that breaks rules asks a second time ("approve anyway"), and the override is recorded with the
 * violations. The cards are edited in place once decided; the secretaries are told.
 */
@Service
public class ListDecisions {

    private static final Logger log = LoggerFactory.getLogger(ListDecisions.class);
    static final String ACTION = "com.decide";
    static final String FLOW = "commendation-return";
    static final int MAX_REASON = FreeText.REASON.max();
    static final int NAMES_ON_CARD = 25;

    private final Commendations service;
    private final CommendationStore store;
    private final CommendationTexts t;
    private final PersonDirectory users;
    private final Messenger messenger;
    private final ListDeciders deciders;

    ListDecisions(Commendations service, CommendationStore store, CommendationTexts t, PersonDirectory users, Messenger messenger,
                  ListDeciders deciders) {
        this.deciders = deciders;
        this.service = service;
        this.store = store;
        this.t = t;
        this.users = users;
        this.messenger = messenger;
    }

    /** The secretary sends the list to the principal. */
    public void submit(ChatSession s) {
        Campaign c = service.campaign();
        ListView v = service.view(c);
        if (!v.state().editable()) {
            s.reply(v.state().status() == ListStatus.APPROVED ? "commendation.list.locked-approved" : "commendation.list.locked-submitted");
            return;
        }
        if (v.proposals().isEmpty()) {
            s.reply("commendation.submit.empty");
            return;
        }
        if (store.openVote(c.schoolYear()).isPresent()) {
            s.reply("commendation.submit.vote-open");
            return;
        }
        ListDeciders.Who who = deciders.of(c, v);
        if (!who.named().isEmpty() && who.deciders().isEmpty()) {
            // A principal is proposed and nobody is named (or linked) to decide instead: say what to configure.
            s.reply("decision.substitute.missing");
            return;
        }
        List<Person> principals = who.deciders();
        if (principals.isEmpty()) {
            s.reply("commendation.submit.no-principal");
            return;
        }
        int round = v.state().round() + 1;
        if (!store.moveList(c.schoolYear(), v.state(), ListStatus.SUBMITTED, round, service.now())) {
            s.reply("error.concurrent");
            return;
        }
        Person me = s.requireUser();
        store.recordDecision(c.schoolYear(), round, "SUBMITTED", me.staffId(), service.now(), violationText(v), null, v.money().total());
        for (Person p : principals) {
            messenger.toLiteral(new Reply.Recipient(p.chatId(), p.telegramUserId(), p.locale()), card(p.locale(), v, round, me.fullName()))
                    .key(cardKey(c, round, p.staffId()))
                    .buttonKey("commendation.decide.approve-button", ACTION, "ok|" + round)
                    .buttonKey("commendation.decide.return-button", ACTION, "ret|" + round)
                    .send();
        }
        String deciderNames = principals.stream().map(Person::fullName).collect(Collectors.joining(", "));
        for (Person p : who.named()) {
            messenger.to(p, "decision.list.own-info", deciderNames).key(cardKey(c, round, p.staffId()) + "-own").send();
        }
        log.info("Staff #{} submitted the {} commendation list (round {}, {} violations)", me.staffId(), c.schoolYear(), round,
                v.violations().size());
        s.reply("commendation.submit.done", String.valueOf(v.proposals().size()), String.valueOf(v.violations().size()),
                principals.stream().map(Person::fullName).collect(Collectors.joining(", ")));
    }

    /** The principal's buttons. */
    void press(ChatSession s, String payload) {
        String[] a = payload == null ? new String[0] : payload.split("\\|", -1);
        int round;
        try {
            round = Integer.parseInt(a[1]);
        } catch (RuntimeException e) {
            s.alert("decision.button.invalid");
            return;
        }
        Campaign c = service.campaign();
        ListState state = store.list(c.schoolYear());
        if (state.status() != ListStatus.SUBMITTED || state.round() != round) {
            s.alert("commendation.decide.stale");
            s.reply("commendation.decide.stale");
            return;
        }
        ListView v = service.view(c);
        Person me = s.requireUser();
        if (!mayDecide(s, c, v)) {
            return;
        }
        String key = cardKey(c, round, me.staffId());
        switch (a[0]) {
            case "ok" -> {
                if (v.violations().isEmpty()) {
                    decide(s, v, round, false, null);
                } else {
                    // The second confirmation: the card now says plainly what approving would override.
                    s.literal(card(s.locale(), v, round, submitter(c, round)) + "\n\n"
                                    + t.text(s.locale(), "commendation.decide.confirm-override", String.valueOf(v.violations().size())))
                            .key(key + "-confirm-" + s.incoming().updateId()).replacing(key)
                            .buttonKey("commendation.decide.override-button", ACTION, "force|" + round).row()
                            .buttonKey("commendation.decide.return-button", ACTION, "ret|" + round)
                            .buttonKey("commendation.decide.back-button", ACTION, "back|" + round)
                            .send();
                }
            }
            case "force" -> decide(s, v, round, true, null);
            case "back" -> s.literal(card(s.locale(), v, round, submitter(c, round)))
                    .key(key + "-back-" + s.incoming().updateId()).replacing(key)
                    .buttonKey("commendation.decide.approve-button", ACTION, "ok|" + round)
                    .buttonKey("commendation.decide.return-button", ACTION, "ret|" + round)
                    .send();
            case "ret" -> {
                s.startFlow(FLOW, "reason", Map.of("round", String.valueOf(round)));
                s.reply("commendation.decide.ask-reason", String.valueOf(MAX_REASON));
            }
            default -> s.alert("decision.button.invalid");
        }
    }

    /** Only this list's deciders: never a principal the list proposes; the substitute only for such a list. */
    private boolean mayDecide(ChatSession s, Campaign c, ListView v) {
        Person me = s.requireUser();
        ListDeciders.Who who = deciders.of(c, v);
        if (who.decides(me.staffId())) {
            return true;
        }
        if (who.isNamed(me.staffId())) {
            s.alert(who.deciders().isEmpty() ? "decision.own.configure" : "decision.list.own");
        } else if (me.has(Role.PRINCIPAL)) {
            s.alert("decision.substitute.named", who.deciders().stream().map(Person::fullName).collect(Collectors.joining(", ")));
        } else if (who.substitute().filter(x -> x.staffId() == me.staffId()).isPresent()) {
            s.alert("decision.substitute.only");
        } else {
            s.alert("error.forbidden");
        }
        return false;
    }

    /** The reason typed after "return". */
    void reasonTyped(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String reason = s.incoming().text().strip();
        if (FreeText.REASON.refuse(s, reason)) {
            return;
        }
        int round;
        try {
            round = Integer.parseInt(s.draft().get("round"));
        } catch (RuntimeException e) {
            s.endFlow();
            s.reply("commendation.flow-lost");
            return;
        }
        s.endFlow();
        Campaign c = service.campaign();
        ListState state = store.list(c.schoolYear());
        if (state.status() != ListStatus.SUBMITTED || state.round() != round) {
            s.reply("commendation.decide.stale");
            return;
        }
        ListView view = service.view(c);
        if (!deciders.of(c, view).decides(s.requireUser().staffId())) {
            s.reply("decision.list.own");
            return;
        }
        decide(s, view, round, false, reason);
    }

    /** Approves (reason null) or returns (with a reason); edits every principal's card in place. */
    private void decide(ChatSession s, ListView v, int round, boolean override, String reason) {
        Campaign c = v.campaign();
        Person me = s.requireUser();
        boolean approve = reason == null;
        if (!store.moveList(c.schoolYear(), v.state(), approve ? ListStatus.APPROVED : ListStatus.RETURNED, round, service.now())) {
            s.reply("commendation.decide.stale");
            return;
        }
        String action = approve ? (override && !v.violations().isEmpty() ? "APPROVED_OVERRIDE" : "APPROVED") : "RETURNED";
        store.recordDecision(c.schoolYear(), round, action, me.staffId(), service.now(),
                v.violations().isEmpty() ? null : violationText(v), reason, v.money().total());
        log.info("Staff #{} decided the {} commendation list (round {}): {}", me.staffId(), c.schoolYear(), round, action);
        String by = submitter(c, round);
        String when = Texts.date(service.now().atZone(c.zone()).toLocalDate());
        for (Person p : deciders.of(c, v).deciders()) {
            Locale l = p.locale();
            String outcome = approve
                    ? (action.equals("APPROVED_OVERRIDE")
                            ? t.text(l, "commendation.decide.approved-override", me.fullName(), when, String.valueOf(v.violations().size()))
                            : t.text(l, "commendation.decide.approved", me.fullName(), when))
                    : t.text(l, "commendation.decide.returned", me.fullName(), when, reason);
            String key = cardKey(c, round, p.staffId());
            messenger.toLiteral(new Reply.Recipient(p.chatId(), p.telegramUserId(), l), card(l, v, round, by) + "\n\n" + outcome)
                    .key(key + "-decided").replacing(key).send();
        }
        for (Person sec : users.linkedWithRole(Role.SECRETARY)) {
            String key = approve ? (action.equals("APPROVED_OVERRIDE") ? "commendation.notice.approved-override" : "commendation.notice.approved")
                    : "commendation.notice.returned";
            messenger.to(sec, key, me.fullName(), c.schoolYear(), String.valueOf(v.violations().size()), String.valueOf(reason),
                            t.money(sec.locale(), v.money().total()))
                    .key("com-dec-notice-" + c.schoolYear() + "-" + round + "-" + sec.staffId()).send();
        }
        s.toast(approve ? "commendation.decide.approved-toast" : "commendation.decide.returned-toast");
    }

    private String submitter(Campaign c, int round) {
        return store.decisions(c.schoolYear()).stream().filter(d -> d.round() == round && d.action().equals("SUBMITTED"))
                .map(d -> service.staffMember(d.actor()).map(vn.thiduabot.staff.StaffView::fullName).orElse("#" + d.actor()))
                .reduce((x, y) -> y).orElse("?");
    }

    /** The violations in Vietnamese, one per line, as recorded with a decision. */
    private String violationText(ListView v) {
        return v.violations().stream().map(x -> t.violation(Texts.VIETNAMESE, x)).collect(Collectors.joining("\n"));
    }

    static String cardKey(Campaign c, int round, long principalStaffId) {
        return "com-decision-" + c.schoolYear() + "-" + round + "-" + principalStaffId;
    }

    /** The principal's card: proposals, vote results, violations, money. */
    String card(Locale l, ListView v, int round, String submittedBy) {
        Campaign c = v.campaign();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.decide.card-header", c.schoolYear(), String.valueOf(round), submittedBy));
        b.append('\n').append(t.text(l, "commendation.decide.card-counts", String.valueOf(v.individuals().size()),
                t.counts(l, c, v.individuals()), String.valueOf(v.collectives().size()), t.counts(l, c, v.collectives())));
        int i = 0;
        for (Proposal p : v.proposals()) {
            if (i == NAMES_ON_CARD) {
                b.append('\n').append(t.text(l, "commendation.decide.more-proposals", String.valueOf(v.proposals().size() - i)));
                break;
            }
            b.append('\n').append(++i).append(". ").append(t.proposal(l, c, p, v.people().get(p.staffId())));
        }
        long voted = v.proposals().stream().filter(p -> c.commendation().needsVote(p.titleCode())).count();
        if (voted > 0) {
            long passed = v.proposals().stream().filter(p -> {
                RuleCheck.VoteResult r = v.votes().get(p.id());
                return r != null && r.passed() && r.titleCode().equals(p.titleCode());
            }).count();
            b.append("\n\n").append(t.text(l, "commendation.decide.card-votes", String.valueOf(passed), String.valueOf(voted)));
        }
        b.append("\n\n").append(v.violations().isEmpty() ? t.text(l, "commendation.check.none")
                : t.text(l, "commendation.check.count", String.valueOf(v.violations().size())) + "\n" + t.violations(l, v.violations(), 15));
        b.append("\n\n").append(t.moneyLines(l, v.money()));
        String text = b.toString();
        return text.length() > CommendationTexts.MAX_TEXT ? text.substring(0, CommendationTexts.MAX_TEXT - 1) + "…" : text;
    }

    /** ✅ / ↩️ / ⚠️ on the principal's card. */
    @org.springframework.stereotype.Component
    static class Buttons implements LegacyButtonAction {
        private final ListDecisions decisions;

        Buttons(ListDecisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String action() {
            return ACTION;
        }

        /** Any linked staff member at the router: the substitute may hold no principal's role; {@link #mayDecide} checks. */
        @Override
        public Set<Role> roles() {
            return Set.of();
        }

        @Override
        public void onPress(ChatSession s, String payload) {
            decisions.press(s, payload);
        }
    }

    /** The reason typed after "return". */
    @org.springframework.stereotype.Component
    static class Reason implements Flow {
        private final ListDecisions decisions;

        Reason(ListDecisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return FLOW;
        }

        /** Any linked staff member at the router: the substitute may hold no principal's role; {@link #mayDecide} checks. */
        @Override
        public Set<Role> roles() {
            return Set.of();
        }

        @Override
        public void onInput(ChatSession s) {
            decisions.reasonTyped(s);
        }
    }
}
