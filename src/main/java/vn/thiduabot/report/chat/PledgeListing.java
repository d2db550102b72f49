package vn.thiduabot.report.chat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.pledge.PledgeSignature;

/**
 * The pledge's page of /xuat: every party, who signed for it and when (HH:mm dd/MM/yyyy), then those that have not
 * signed with who is to sign for them, as the secretary copies it onto the paper that goes to the Department.
 */
@Component
class PledgeListing {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PledgeService pledges;

    PledgeListing(PledgeService pledges) {
        this.pledges = pledges;
    }

    boolean offered(Campaign c) {
        return c.pledgeOffered().isPresent();
    }

    void send(ChatSession s, Campaign c) {
        Optional<PledgeBoard> board = pledges.board(c);
        if (board.isEmpty()) {
            s.reply("pledge.off");
            return;
        }
        PledgeBoard b = board.get();
        List<String> lines = new ArrayList<>();
        lines.add(s.text("report.pledges.header", c.schoolYear(), String.valueOf(b.signed().size()),
                String.valueOf(b.entries().size()), Texts.date(b.deadline())));
        int n = 0;
        for (PledgeBoard.Entry e : b.signed()) {
            PledgeSignature sig = e.signature().orElseThrow();
            lines.add(s.text("report.pledges.signed", String.valueOf(++n), party(s, e), sig.signerName(),
                    AT.format(sig.signedAt().atZone(c.zone()))));
        }
        if (!b.allSigned()) {
            lines.add("");
            lines.add(s.text("report.pledges.missing-header", String.valueOf(b.missing().size())));
            for (PledgeBoard.Entry e : b.missing()) {
                lines.add(s.text("report.pledges.missing", party(s, e),
                        e.signers().isEmpty() ? s.text("report.pledges.no-signer") : String.join(", ", e.signers())));
            }
        }
        s.literal(String.join("\n", lines)).send();
        s.toast("report.toast.made");
    }

    private static String party(ChatSession s, PledgeBoard.Entry e) {
        return e.party().isSchool() ? s.text("pledge.party.school") : s.text("pledge.party.team", e.party().teamName());
    }
}
