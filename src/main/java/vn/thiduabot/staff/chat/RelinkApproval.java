package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.RelinkService;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * "Link a new phone" for someone already linked: the secretary asks (a button on /moima's refusal),
 * the principal or another admin confirms on a card of their own, and only then is the code issued,
 * to the one who asked. The person concerned and the one who asked can never confirm ({@link RelinkService}).
 */
@Component
class RelinkApproval implements ButtonAction<RelinkApproval.RelinkPress> {

    /** The buttons of a new-phone request: asking for it, and deciding on it. */
    sealed interface RelinkPress extends ButtonPayload permits Ask, Decide { }

    /** The secretary asks to link a new phone for this staff member (the button on /moima's refusal). */
    record Ask(long staffId) implements RelinkPress { }

    /** A decider approves or declines one request, on the card sent to them. */
    record Decide(long requestId, boolean approve) implements RelinkPress { }

    private final RelinkService relinks;
    private final InviteDialog invites;

    RelinkApproval(RelinkService relinks, InviteDialog invites) {
        this.relinks = relinks;
        this.invites = invites;
    }

    @Override
    public String action() {
        return "relink";
    }

    @Override
    public Class<RelinkPress> payloadType() {
        return RelinkPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void onPress(ChatSession s, RelinkPress press) {
        if (press instanceof Ask a) {
            ask(s, a.staffId());
        } else if (press instanceof Decide d) {
            decide(s, d.requestId(), d.approve());
        }
    }

    private void ask(ChatSession s, long staffId) {
        Person me = s.requireUser();
        if (!me.hasAny(RelinkService.ASKERS)) {
            s.alert("error.forbidden");
            return;
        }
        RelinkService.AskResult asked = relinks.ask(staffId, me.staffId());
        switch (asked.outcome()) {
            case NOT_FOUND -> s.reply("invite.not-found", String.valueOf(staffId));
            case NOT_LINKED -> s.reply("relink.not-linked", asked.subjectName());
            case ALREADY_ASKED -> s.reply("relink.already-asked", asked.subjectName());
            case NOBODY_TO_DECIDE -> s.reply("relink.nobody", asked.subjectName());
            case ASKED -> {
                long id = asked.requestId();
                for (Person decider : asked.deciders()) {
                    s.messenger().to(decider, "relink.card", me.fullName(), asked.subjectNameAndTeam(), asked.subjectAccount())
                            .buttonKey("relink.approve", new Decide(id, true))
                            .buttonKey("relink.decline", new Decide(id, false))
                            .key("relink-card:" + id + ":" + decider.staffId())
                            .send();
                }
                s.reply("relink.asked", asked.subjectName(),
                        asked.deciders().stream().map(Person::fullName).collect(Collectors.joining(", ")));
                s.toast("relink.asked-toast");
            }
        }
    }

    private void decide(ChatSession s, long requestId, boolean approve) {
        RelinkService.Decision d = relinks.decide(requestId, s.requireUser().staffId(), approve);
        String requesterName = d.requester().map(Person::fullName).orElse("-");
        switch (d.outcome()) {
            case NOT_YOURS -> s.alert("relink.not-yours");
            case ALREADY_DECIDED -> s.alert("relink.already-decided");
            case DECLINED -> {
                d.requester().ifPresent(r -> s.messenger().to(r, "relink.declined-notice", d.deciderName(), d.subjectName())
                        .key("relink-decided:" + requestId).send());
                s.reply("relink.declined", d.subjectName());
            }
            case CANNOT_ISSUE -> s.reply("relink.cannot-issue", d.subjectName());
            case APPROVED -> {
                Person requester = d.requester().orElseThrow();
                s.messenger().to(requester, "relink.approved-notice", d.deciderName(), d.subjectName())
                        .key("relink-decided:" + requestId).send();
                s.messenger().to(requester, "invite.issued", invites.args(d.invite())).key("relink-code:" + requestId).send();
                s.reply("relink.approved", d.subjectName(), requesterName);
                s.toast("relink.approved-toast");
            }
        }
    }
}
