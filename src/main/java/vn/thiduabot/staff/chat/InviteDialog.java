package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.LinkingService;
import vn.thiduabot.staff.StaffMember;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.PickOne;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;

/**
 * /moima (/invite) &lt;name or phone&gt;: the secretary issues a one-time invite code for someone who
 * will not share their phone number. Several matches are offered as buttons. Someone already linked
 * gets no code: the refusal offers to link a new phone, which another person confirms ({@link RelinkApproval}).
 */
@Component
@Order(800)
class InviteDialog implements Command, ButtonAction<InviteDialog.Pick> {

    /** One of several people whose name matched what was typed. */
    record Pick(long staffId) implements ButtonPayload { }

    private final LinkingService linking;
    private final String botUsername;
    private final ZoneId zone;

    InviteDialog(LinkingService linking, @Value("${thidua.telegram.bot-username:ThiDuaBot}") String botUsername,
                  @Value("${thidua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.linking = linking;
        this.botUsername = botUsername;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public List<String> names() {
        return List.of("moima", "invite");
    }

    @Override
    public String descriptionKey() {
        return "command.invite";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }


    @Override
    public void run(ChatSession s, String args) {
        if (args.isBlank()) {
            s.reply("invite.usage");
            return;
        }
        PickOne.among(s, linking.find(args), args,
                () -> s.reply("invite.not-found", args),
                m -> issue(s, m.getId()),
                "invite.too-many", "invite.choose", StaffMember::nameAndTeam, m -> new Pick(m.getId()));
    }

    @Override
    public String action() {
        return "invite.pick";
    }

    @Override
    public Class<Pick> payloadType() {
        return Pick.class;
    }

    @Override
    public void onPress(ChatSession s, Pick pick) {
        if (issue(s, pick.staffId())) {
            s.toast("invite.issued-toast");
        }
    }

    /** @return true if a code was issued */
    private boolean issue(ChatSession s, long staffId) {
        var member = linking.activeMember(staffId);
        if (member.isPresent() && member.get().isLinked()) {
            // An invite would take the account away from whoever uses it now: only with a second person's consent.
            s.message("invite.already-linked", member.get().getFullName())
                    .buttonKey("invite.relink-button", new RelinkApproval.Ask(staffId))
                    .send();
            return false;
        }
        LinkingService.Invite invite;
        try {
            invite = linking.issueInvite(staffId, s.requireUser().staffId());
        } catch (IllegalArgumentException e) {
            s.reply("invite.inactive");
            return false;
        }
        s.reply("invite.issued", args(invite));
        return true;
    }

    /** The arguments of invite.issued: name, code, deep link, last day. */
    Object[] args(LinkingService.Invite invite) {
        String link = "https://t.me/" + botUsername + "?start=" + invite.code();
        String expires = Texts.date(LocalDate.ofInstant(invite.expiresAt(), zone));
        return new Object[] {invite.fullName(), invite.code(), link, expires};
    }
}
