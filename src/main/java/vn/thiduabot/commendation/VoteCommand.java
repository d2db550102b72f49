package vn.thiduabot.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.CommendationStore.ItemRow;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.staff.StaffView;

/**
 * /bieuquyet (/vote): the secretary opens the council's vote on the proposals whose titles need one
 * (asking the place, the meeting date and an optional closing time), follows how many members have
 * voted, records an absent member's written ballot with a note, and closes the vote.
 */
@Component
@Order(620)
class VoteCommand implements Command, Flow, LegacyButtonAction {

    static final String FLOW = "commendation-vote";
    /** The step where the secretary types a member's written ballot. */
    static final String STEP_WRITTEN = "written";
    static final String ACTION = "com.vote";
    static final int MAX_PLACE = FreeText.PLACE.max();
    static final int MAX_NOTE = FreeText.NOTE.max();

    private final Votes votes;
    private final Commendations service;
    private final CommendationTexts t;

    VoteCommand(Votes votes, Commendations service, CommendationTexts t) {
        this.votes = votes;
        this.service = service;
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
        return Set.of(Role.SECRETARY, Role.ADMIN);
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void run(ChatSession s, String args) {
        Campaign c = service.campaign();
        Optional<Votes.Status> open = votes.status(c.schoolYear());
        if (open.isPresent()) {
            status(s, c, open.get());
            return;
        }
        if (!service.state(c.schoolYear()).editable()) {
            s.reply("commendation.list.locked-submitted");
            return;
        }
        List<Proposal> proposals = votes.toVote(c);
        if (proposals.isEmpty()) {
            s.reply("commendation.vote.nothing");
            return;
        }
        List<StaffView> council = votes.council();
        if (council.isEmpty()) {
            s.reply("commendation.vote.no-council");
            return;
        }
        s.startFlow(FLOW, "place");
        s.reply("commendation.vote.ask-place", String.valueOf(proposals.size()), String.valueOf(council.size()));
    }

    private void status(ChatSession s, Campaign c, Votes.Status st) {
        Locale l = s.locale();
        long voted = st.members().stream().filter(m -> st.votedInBot().contains(m.staffId()) || st.votedInWriting().contains(m.staffId())).count();
        String closes = st.vote().closesAt() == null ? t.text(l, "commendation.ballot.closes-manually")
                : t.text(l, "commendation.ballot.closes-at", VoteInput.dateTime(st.vote().closesAt(), c.zone()));
        s.message("commendation.vote.status", st.vote().place(), Texts.date(st.vote().meetingDate()), closes,
                        String.valueOf(st.items().size()), String.valueOf(voted), String.valueOf(st.members().size()),
                        String.valueOf(st.votedInWriting().size()))
                .buttonKey("commendation.button.written", ACTION, "written|" + st.vote().id()).row()
                .buttonKey("commendation.button.close-vote", ACTION, "close|" + st.vote().id())
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
        Campaign c = service.campaign();
        Map<String, String> draft = new HashMap<>(s.draft());
        switch (s.step()) {
            case "place" -> {
                if (FreeText.PLACE.refuse(s, text)) {
                    return;
                }
                draft.put("place", text);
                s.saveDraft(draft);
                s.moveTo("date");
                s.reply("commendation.vote.ask-date", Texts.date(service.now().atZone(c.zone()).toLocalDate()));
            }
            case "date" -> {
                LocalDate today = service.now().atZone(c.zone()).toLocalDate();
                Optional<LocalDate> d = text.equals("-") ? Optional.of(today) : VoteInput.date(text);
                if (d.isEmpty()) {
                    s.reply("commendation.vote.bad-date");
                    return;
                }
                draft.put("date", d.get().toString());
                s.saveDraft(draft);
                s.moveTo("close");
                s.reply("commendation.vote.ask-close");
            }
            case "close" -> {
                Instant closes = null;
                if (!text.equals("-")) {
                    Optional<Instant> at = VoteInput.dateTime(text, c.zone());
                    if (at.isEmpty()) {
                        s.reply("commendation.vote.bad-close");
                        return;
                    }
                    if (!at.get().isAfter(service.now())) {
                        s.reply("commendation.vote.close-past");
                        return;
                    }
                    closes = at.get();
                }
                if (closes != null) {
                    draft.put("closes", closes.toString());
                }
                s.saveDraft(draft);
                s.moveTo("confirm");
                confirm(s, c, draft);
            }
            case STEP_WRITTEN -> written(s, c, text);
            default -> {
                s.endFlow();
                s.reply("commendation.flow-lost");
            }
        }
    }

    private void confirm(ChatSession s, Campaign c, Map<String, String> draft) {
        Locale l = s.locale();
        List<Proposal> proposals = votes.toVote(c);
        StringBuilder b = new StringBuilder(t.text(l, "commendation.vote.confirm", draft.get("place"),
                Texts.date(LocalDate.parse(draft.get("date"))),
                draft.containsKey("closes") ? t.text(l, "commendation.ballot.closes-at", VoteInput.dateTime(Instant.parse(draft.get("closes")), c.zone()))
                        : t.text(l, "commendation.ballot.closes-manually"),
                String.valueOf(votes.council().size())));
        int i = 0;
        for (Proposal p : proposals) {
            String line = "\n" + (++i) + ". " + p.subjectName() + " — " + t.title(c, p.titleCode()) + " ("
                    + Share.number(c.commendation().voteThreshold(p.titleCode()).orElseThrow(), l) + "%)";
            if (b.length() + line.length() > CommendationTexts.MAX_TEXT) {
                break;
            }
            b.append(line);
        }
        s.literal(b.toString())
                .buttonKey("commendation.button.open-vote", ACTION, "open")
                .buttonKey("commendation.button.cancel", ACTION, "cancel")
                .send();
    }

    // --- buttons -----------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] a = payload.split("\\|", -1);
        Campaign c = service.campaign();
        try {
            switch (a[0]) {
                case "open" -> {
                    if (!s.inFlow(FLOW) || !"confirm".equals(s.step())) {
                        s.toast("error.button-stale");
                        return;
                    }
                    Map<String, String> d = s.draft();
                    s.endFlow();
                    Votes.Opened o = votes.open(c, d.get("place"), LocalDate.parse(d.get("date")),
                            d.containsKey("closes") ? Instant.parse(d.get("closes")) : null, s.requireUser().staffId());
                    s.reply("commendation.vote.opened", String.valueOf(o.items()), String.valueOf(o.council() - o.unlinked().size()),
                            String.valueOf(o.council()));
                    if (!o.unlinked().isEmpty()) {
                        s.reply("commendation.vote.unlinked", String.join(", ", o.unlinked()));
                    }
                }
                case "cancel" -> {
                    s.endFlow();
                    s.reply("commendation.vote.cancelled");
                }
                case "written" -> chooseAbsent(s, Long.parseLong(a[1]));
                case "wm" -> askWritten(s, c, Long.parseLong(a[1]), Long.parseLong(a[2]));
                case "close" -> {
                    Optional<Votes.Status> st = votes.status(c.schoolYear());
                    if (st.isEmpty() || st.get().vote().id() != Long.parseLong(a[1])) {
                        s.reply("commendation.ballot.closed");
                        return;
                    }
                    s.message("commendation.vote.close-confirm", String.valueOf(st.get().votedInBot().size() + st.get().votedInWriting().size()),
                                    String.valueOf(st.get().members().size()))
                            .buttonKey("commendation.button.close-yes", ACTION, "closeok|" + a[1])
                            .send();
                }
                case "closeok" -> {
                    Optional<Votes.Result> r = votes.close(Long.parseLong(a[1]), s.requireUser().staffId());
                    if (r.isEmpty()) {
                        s.reply("commendation.ballot.closed");
                    } else {
                        s.toast("commendation.vote.closed-toast");
                    }
                }
                default -> s.toast("error.button-stale");
            }
        } catch (Refused r) {
            s.reply(r.key);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            s.toast("error.button-stale");
        }
    }

    private void chooseAbsent(ChatSession s, long voteId) {
        Optional<Votes.Status> st = votes.status(service.campaign().schoolYear());
        if (st.isEmpty() || st.get().vote().id() != voteId) {
            s.reply("commendation.ballot.closed");
            return;
        }
        List<StaffView> absent = st.get().members().stream().filter(m -> !st.get().votedInBot().contains(m.staffId())).toList();
        if (absent.isEmpty()) {
            s.reply("commendation.written.nobody");
            return;
        }
        Reply r = s.message("commendation.written.choose");
        for (StaffView m : absent) {
            r.button(m.fullName() + (st.get().votedInWriting().contains(m.staffId()) ? " ✍️" : ""), ACTION, "wm|" + voteId + "|" + m.staffId()).row();
        }
        r.send();
    }

    private void askWritten(ChatSession s, Campaign c, long voteId, long memberId) {
        Optional<Votes.Status> st = votes.status(c.schoolYear());
        if (st.isEmpty() || st.get().vote().id() != voteId) {
            s.reply("commendation.ballot.closed");
            return;
        }
        StaffView member = st.get().members().stream().filter(m -> m.staffId() == memberId).findFirst().orElse(null);
        if (member == null) {
            s.reply("commendation.ballot.not-member");
            return;
        }
        Locale l = s.locale();
        StringBuilder b = new StringBuilder(t.text(l, "commendation.written.ask", member.fullName(), String.valueOf(st.get().items().size())));
        for (ItemRow i : st.get().items()) {
            b.append('\n').append(i.position()).append(". ").append(votes.itemLabel(l, c, i));
            if (i.candidateStaffId() != null && i.candidateStaffId() == memberId) {
                b.append(' ').append(t.text(l, "commendation.written.own"));
            }
        }
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("vote", String.valueOf(voteId));
        draft.put("member", String.valueOf(memberId));
        s.startFlow(FLOW, STEP_WRITTEN, draft);
        s.literal(b.toString()).send();
    }

    private void written(ChatSession s, Campaign c, String text) {
        long voteId;
        long memberId;
        try {
            voteId = Long.parseLong(s.draft().get("vote"));
            memberId = Long.parseLong(s.draft().get("member"));
        } catch (RuntimeException e) {
            s.endFlow();
            s.reply("commendation.flow-lost");
            return;
        }
        int semi = text.indexOf(';');
        String note = semi < 0 ? "" : text.substring(semi + 1).strip();
        Optional<List<VoteInput.Choice>> choices = VoteInput.choices(semi < 0 ? text : text.substring(0, semi));
        if (note.isEmpty()) {
            s.reply("commendation.written.need-note", String.valueOf(MAX_NOTE));
            return;
        }
        if (FreeText.NOTE.refuse(s, note)) {
            return;
        }
        Optional<Votes.Status> st = votes.status(c.schoolYear());
        if (st.isEmpty() || st.get().vote().id() != voteId) {
            s.endFlow();
            s.reply("commendation.ballot.closed");
            return;
        }
        List<ItemRow> items = st.get().items();
        if (choices.isEmpty() || choices.get().size() != items.size()) {
            s.reply("commendation.written.bad-choices", String.valueOf(items.size()));
            return;
        }
        Map<Long, Boolean> ballot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            boolean own = items.get(i).candidateStaffId() != null && items.get(i).candidateStaffId() == memberId;
            VoteInput.Choice ch = choices.get().get(i);
            if (own != (ch == VoteInput.Choice.SKIP)) {
                s.reply(own ? "commendation.written.own-must-skip" : "commendation.written.skip-not-allowed", String.valueOf(i + 1));
                return;
            }
            if (!own) {
                ballot.put(items.get(i).id(), ch == VoteInput.Choice.YES);
            }
        }
        try {
            votes.recordWritten(voteId, memberId, ballot, note, s.requireUser().staffId());
        } catch (Refused r) {
            s.endFlow();
            s.reply(r.key);
            return;
        }
        s.endFlow();
        String name = st.get().members().stream().filter(m -> m.staffId() == memberId).map(StaffView::fullName).findFirst().orElse("");
        long yes = ballot.values().stream().filter(Boolean::booleanValue).count();
        s.message("commendation.written.saved", name, String.valueOf(yes), String.valueOf(ballot.size() - yes), note).sensitive().send();
    }
}
