package vn.thiduabot.scoring.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.DecisionService;
import vn.thiduabot.scoring.Deciders;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * /pheduyet (/approve): the principal sees the teams with reviewed submissions, one team's list, and
 * approves a whole team's in one confirmed step ({@link ApprovalButtons}). Each submission also has its
 * own approval card ({@link ApprovalCards}).
 */
@Component
@Order(220)
class ApprovalDialog implements Command {

    private final DecisionService decisions;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final People people;
    private final ApprovalCards cards;
    private final Deciders deciders;

    ApprovalDialog(DecisionService decisions, Snapshots snapshots, Campaigns campaigns, People people, ApprovalCards cards,
                   Deciders deciders) {
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.people = people;
        this.cards = cards;
        this.deciders = deciders;
    }

    @Override
    public List<String> names() {
        return List.of("pheduyet", "approve");
    }

    @Override
    public String descriptionKey() {
        return "command.approve";
    }

    @Override
    public Set<Role> roles() {
        return ApprovalButtons.ROLES;
    }

    @Override
    public void run(ChatSession s, String args) {
        Campaign c = campaigns.current();
        ownWaiting(s, c.schoolYear());
        Map<String, List<SelfAssessment>> byTeam = reviewedByTeam(c.schoolYear(), Actor.of(s.requireUser()));
        if (byTeam.isEmpty()) {
            s.reply("scoring.approval.none", c.schoolYear());
            return;
        }
        Locale l = s.locale();
        StringBuilder text = new StringBuilder(s.text("scoring.approval.teams-header", c.schoolYear()));
        Map<String, String> labels = new TreeMap<>();
        byTeam.forEach((team, list) -> {
            String label = cards.teamLabel(team.isEmpty() ? null : team, l);
            text.append('\n').append(s.text("scoring.approval.teams-line", label, String.valueOf(list.size())));
            labels.put(team, label + " (" + list.size() + ")");
        });
        text.append("\n\n").append(s.text("scoring.approval.teams-hint"));
        Reply msg = s.literal(text.toString());
        labels.forEach((team, label) -> msg.button(label, new ApprovalPress.Team(team)).row());
        msg.send();
    }

    /**
     * The principal's own reviewed submission is not theirs to decide: it goes (again, if the substitute was
     * named or linked since the council passed it; the card's key keeps it to one) to the substitute, and the
     * principal reads who decides it or what to configure.
     */
    private void ownWaiting(ChatSession s, String year) {
        long me = s.requireUser().staffId();
        for (SelfAssessment own : decisions.waiting(year)) {
            if (own.getStaffId() == me) {
                cards.send(snapshots.of(own));
                s.reply(deciders.substitute(year).filter(v -> v.staffId() != me).map(v -> "decision.own.substitute")
                        .orElse("decision.own.configure"), deciders.substitute(year).map(v -> v.fullName()).orElse(""));
            }
        }
    }

    /**
     * REVIEWED submissions of the year this principal decides (never their own, nor another principal's:
     * the substitute decides those), by team name ("" for no team), teams alphabetically.
     */
    Map<String, List<SelfAssessment>> reviewedByTeam(String year, Actor principal) {
        Map<String, List<SelfAssessment>> byTeam = new TreeMap<>();
        for (SelfAssessment a : decisions.waiting(year)) {
            if (!deciders.may(principal, a)) {
                continue;
            }
            byTeam.computeIfAbsent(a.getTeamName() == null ? "" : a.getTeamName(), k -> new ArrayList<>()).add(a);
        }
        byTeam.values().forEach(list -> list.sort(Comparator.comparing(a -> people.name(a.getStaffId()))));
        return byTeam;
    }

    /** One team's reviewed submissions with their totals, and "approve all" under them. */
    void teamList(ChatSession s, String team) {
        Campaign c = campaigns.current();
        List<SelfAssessment> list = reviewedByTeam(c.schoolYear(), Actor.of(s.requireUser())).getOrDefault(team, List.of());
        Locale l = s.locale();
        String label = cards.teamLabel(team.isEmpty() ? null : team, l);
        if (list.isEmpty()) {
            s.toast("scoring.approval.team-empty", label);
            s.reply("scoring.approval.team-empty", label);
            return;
        }
        List<String> lines = new ArrayList<>();
        List<DecisionService.Round> rounds = new ArrayList<>();
        for (SelfAssessment a : list) {
            Snapshot snap = snapshots.of(a);
            var total = snap.card().councilTotal();
            lines.add(s.text("scoring.approval.team-line", people.name(a.getStaffId()), ScoringTexts.score(snap.card().selfTotal(), l),
                    ScoringTexts.score(total, l), ScoringTexts.band(snap.card().band(total)),
                    String.valueOf(cards.adjustmentLines(snap, l).size())));
            rounds.add(new DecisionService.Round(a.getId(), a.getApprovalRound()));
        }
        List<String> chunks = ScoringTexts.chunks(s.text("scoring.approval.team-header", label, String.valueOf(list.size())), lines,
                ScoringTexts.MAX_MESSAGE);
        for (int i = 0; i < chunks.size() - 1; i++) {
            s.literal(chunks.get(i)).send();
        }
        s.literal(chunks.get(chunks.size() - 1))
                .button(s.text("scoring.approval.all-button", String.valueOf(list.size())), new ApprovalPress.ApproveAll(rounds))
                .send();
    }
}
