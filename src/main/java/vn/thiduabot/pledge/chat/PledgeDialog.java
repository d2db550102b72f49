package vn.thiduabot.pledge.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeParty;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.pledge.PledgeSign;

/**
 * /giaouoc (/pledge): the year's emulation pledge as a card, its wording and who has signed it and when. A team
 * leader gets a button to sign for the team, the principal one to sign for the school (once signed, the card says
 * by whom and when instead). The secretary and the admin read the card to follow the signatures.
 */
@Component
@Order(140)
class PledgeDialog implements Command {

    private final PledgeService pledges;

    PledgeDialog(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Override
    public List<String> names() {
        return List.of("giaouoc", "pledge");
    }

    @Override
    public String descriptionKey() {
        return "command.pledge";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM_LEADER, Role.PRINCIPAL, Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public void run(ChatSession s, String args) {
        Optional<Campaign> current = pledges.currentPledge();
        if (current.isEmpty()) {
            s.reply("pledge.off");
            return;
        }
        Campaign c = current.get();
        PledgeBoard board = pledges.board(c).orElseThrow();
        Person u = s.requireUser();
        boolean open = pledges.open(c);
        List<String> lines = new ArrayList<>();
        lines.add(s.text("pledge.card.header", c.schoolYear(), Texts.date(board.deadline())));
        lines.add("");
        lines.add(s.text("pledge.card.text", board.pledge().text()));
        lines.add("");
        lines.add(s.text("pledge.card.signatures", String.valueOf(board.signed().size()), String.valueOf(board.entries().size())));
        for (PledgeBoard.Entry e : board.entries()) {
            lines.add(e.signature()
                    .map(sig -> s.text("pledge.card.line-signed", PledgeTexts.party(s, e.party()), sig.signerName(),
                            PledgeTexts.at(sig.signedAt(), c.zone())))
                    .orElseGet(() -> s.text("pledge.card.line-missing", PledgeTexts.party(s, e.party()))));
        }
        if (!open) {
            lines.add("");
            lines.add(s.text("pledge.card.not-open", Texts.date(c.pledge().opens())));
        }
        Reply r = s.literal(String.join("\n", lines));
        if (open) {
            for (PledgeParty p : pledges.partiesOf(u.staffId())) {
                if (board.entry(p).map(e -> !e.signed()).orElse(true)) {
                    r.button(s.text("pledge.button.sign", PledgeTexts.party(s, p)), PledgeSign.of(c.schoolYear(), p)).row();
                }
            }
        }
        r.send();
    }
}
