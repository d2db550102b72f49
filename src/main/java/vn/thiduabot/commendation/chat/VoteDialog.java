package vn.thiduabot.commendation.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.VoteCandidate;
import vn.thiduabot.commendation.VoteInput;
import vn.thiduabot.commendation.VoteService;
import vn.thiduabot.commendation.VoteStatus;
import vn.thiduabot.people.Role;

/**
 * /bieuquyet (/vote): the secretary opens the council's vote on the proposals whose titles need one
 * (asking the place, the meeting date and an optional closing time), or, while it is open, sees how many
 * members have voted, with the buttons to record an absent member's written ballot and to close it.
 */
@Component
@Order(620)
class VoteDialog implements Command, Flow {

    static final String FLOW = "commendation-vote";
    /** The step where the secretary types a member's written ballot. */
    static final String STEP_WRITTEN = "written";
    static final Set<Role> ROLES = Set.of(Role.SECRETARY, Role.ADMIN);

    private final VoteService votes;
    private final WrittenBallotDialog written;
    private final VoteConfirmation confirmation;
    private final Campaigns campaigns;
    private final VoteTexts t;
    private final Clock clock;

    VoteDialog(VoteService votes, WrittenBallotDialog written, VoteConfirmation confirmation, Campaigns campaigns, VoteTexts t,
               Clock clock) {
        this.confirmation = confirmation;
        this.clock = clock;
        this.votes = votes;
        this.written = written;
        this.campaigns = campaigns;
        this.t = t;
    }

    @Override
    public List<String> names() {
        return List.of("bieuquyet", "vote");
    }

    @Override
    public String descriptionKey() {
        return "command.vote";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(ChatSession s, String args) {
        Campaign c = campaigns.current();
        Optional<VoteStatus> open = votes.status(c.schoolYear());
        if (open.isPresent()) {
            status(s, c, open.get());
            return;
        }
        if (!votes.listEditable(c.schoolYear())) {
            s.reply("commendation.list.locked-submitted");
            return;
        }
        List<VoteCandidate> proposals = votes.candidates(c);
        if (proposals.isEmpty()) {
            s.reply("commendation.vote.nothing");
            return;
        }
        int council = votes.council().size();
        if (council == 0) {
            s.reply("commendation.vote.no-council");
            return;
        }
        s.startFlow(FLOW, "place");
        s.reply("commendation.vote.ask-place", String.valueOf(proposals.size()), String.valueOf(council));
    }

    private void status(ChatSession s, Campaign c, VoteStatus st) {
        s.message("commendation.vote.status", st.vote().place(), Texts.date(st.vote().meetingDate()),
                        t.closing(s.locale(), c, st.vote().closesAt()), String.valueOf(st.items().size()), String.valueOf(st.voted()),
                        String.valueOf(st.members().size()), String.valueOf(st.votedInWriting().size()))
                .buttonKey("commendation.button.written", new VotePress.ChooseAbsent(st.vote().id())).row()
                .buttonKey("commendation.button.close-vote", new VotePress.AskClose(st.vote().id()))
                .send();
    }

    // --- typed steps -------------------------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        if (s.incoming().kind() != Incoming.Kind.TEXT || s.incoming().text().isBlank()) {
            s.reply("commendation.input.text-only");
            return;
        }
        String text = s.incoming().text().strip();
        Campaign c = campaigns.current();
        Map<String, String> draft = new HashMap<>(s.draft());
        switch (s.step()) {
            case "place" -> {
                if (FreeText.PLACE.refuse(s, text)) {
                    return;
                }
                draft.put("place", text);
                s.saveDraft(draft);
                s.moveTo("date");
                s.reply("commendation.vote.ask-date", Texts.date(today(c)));
            }
            case "date" -> {
                Optional<LocalDate> d = text.equals("-") ? Optional.of(today(c)) : VoteInput.date(text);
                if (d.isEmpty()) {
                    s.reply("commendation.vote.bad-date");
                    return;
                }
                draft.put("date", d.get().toString());
                s.saveDraft(draft);
                s.moveTo("close");
                s.reply("commendation.vote.ask-close");
            }
            case "close" -> closingTyped(s, c, text, draft);
            case STEP_WRITTEN -> written.typed(s, c, text);
            default -> {
                s.endFlow();
                s.reply("commendation.flow-lost");
            }
        }
    }

    private void closingTyped(ChatSession s, Campaign c, String text, Map<String, String> draft) {
        if (!text.equals("-")) {
            Optional<Instant> at = VoteInput.dateTime(text, c.zone());
            if (at.isEmpty()) {
                s.reply("commendation.vote.bad-close");
                return;
            }
            if (!at.get().isAfter(clock.instant())) {
                s.reply("commendation.vote.close-past");
                return;
            }
            draft.put("closes", at.get().toString());
        }
        s.saveDraft(draft);
        s.moveTo("confirm");
        confirmation.show(s, c, draft);
    }

    private LocalDate today(Campaign c) {
        return clock.instant().atZone(c.zone()).toLocalDate();
    }
}
