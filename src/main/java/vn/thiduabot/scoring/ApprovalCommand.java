package vn.thiduabot.scoring;

import java.util.ArrayList;
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
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.FreeText;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;

/**
 * The principal's decisions. On each approval card: approve with one tap, return to the council with
 * a comment, or see the details. /pheduyet (/approve) lists the teams with reviewed submissions and
 * approves a whole team's in one confirmed step.
 */
@Component
@Order(220)
class ApprovalCommand implements Command, Flow, LegacyButtonAction {

    static final String FLOW = "scoring-approve";
    private static final String STEP_COMMENT = "comment";
    private static final int MIN_COMMENT = 3;

    private final AssessmentWorkflow workflow;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final People people;
    private final ApprovalCards cards;
    private final AssessmentViews views;
    private final SelfAssessmentRepository assessments;
    private final Deciders deciders;

    ApprovalCommand(AssessmentWorkflow workflow, Snapshots snapshots, Campaigns campaigns, People people, ApprovalCards cards,
                    AssessmentViews views, SelfAssessmentRepository assessments, Deciders deciders) {
        this.deciders = deciders;
        this.workflow = workflow;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.people = people;
        this.cards = cards;
        this.views = views;
        this.assessments = assessments;
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
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return ApprovalCards.ACTION;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRINCIPAL);
    }

    // --- /pheduyet: teams with reviewed submissions -----------------------------------------------------------

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
        List<String[]> buttons = new ArrayList<>();
        byTeam.forEach((team, list) -> {
            String label = cards.teamLabel(team.isEmpty() ? null : team, l);
            text.append('\n').append(s.text("scoring.approval.teams-line", label, String.valueOf(list.size())));
            buttons.add(new String[] {label + " (" + list.size() + ")", "team:" + team});
        });
        text.append("\n\n").append(s.text("scoring.approval.teams-hint"));
        Reply msg = s.literal(text.toString());
        for (String[] b : buttons) {
            msg.button(b[0], ApprovalCards.ACTION, b[1]).row();
        }
        msg.send();
    }

    /**
     * The principal's own reviewed submission is not theirs to decide: it goes (again, if the substitute was
     * named or linked since the council passed it; the card's key keeps it to one) to the substitute, and the
     * principal reads who decides it or what to configure.
     */
    private void ownWaiting(ChatSession s, String year) {
        long me = s.requireUser().staffId();
        for (SelfAssessment own : assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(year, List.of(AssessmentStatus.REVIEWED))) {
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
    private Map<String, List<SelfAssessment>> reviewedByTeam(String year, Actor principal) {
        Map<String, List<SelfAssessment>> byTeam = new java.util.TreeMap<>();
        for (SelfAssessment a : assessments.findBySchoolYearAndStatusInOrderBySubmittedAtAsc(year, List.of(AssessmentStatus.REVIEWED))) {
            if (!deciders.may(principal, a)) {
                continue;
            }
            byTeam.computeIfAbsent(a.getTeamName() == null ? "" : a.getTeamName(), k -> new ArrayList<>()).add(a);
        }
        byTeam.values().forEach(list -> list.sort(java.util.Comparator.comparing(a -> people.name(a.getStaffId()))));
        return byTeam;
    }

    // --- buttons ------------------------------------------------------------------------------------------------

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] p = Dialogs.parts(payload, 2);
        Actor me = Actor.of(s.requireUser());
        try {
            switch (p[0]) {
                case "ok" -> approveOne(s, me, p[1]);
                case "ret" -> askReturn(s, me, p[1], FLOW);
                case "det" -> {
                    Snapshot snap = snapshots.load(Dialogs.number(p[1]));
                    views.details(s, snap);
                    s.toast("scoring.approval.details-toast");
                }
                case "team" -> teamList(s, p[1]);
                case "all" -> confirmAll(s, p[1]);
                case "do" -> approveAll(s, me, p[1]);
                case "no" -> {
                    s.toast("scoring.approval.bulk-cancelled");
                    s.reply("scoring.approval.bulk-cancelled");
                }
                default -> s.alert("decision.button.invalid");
            }
        } catch (Refused r) {
            Dialogs.toast(s, r);
        }
    }

    void approveOne(ChatSession s, Actor me, String ref) {
        String[] r = Dialogs.parts(ref, 2);
        Snapshot snap = workflow.approve(me, Dialogs.number(r[0]), (int) Dialogs.number(r[1]));
        workflow.tellReviewers(List.of(snap), me);
        SelfAssessment a = snap.assessment();
        s.toast("scoring.approval.approved-toast", people.name(a.getStaffId()), ScoringTexts.score(a.getFinalScore(), s.locale()));
    }

    void askReturn(ChatSession s, Actor me, String ref, String flow) {
        String[] r = Dialogs.parts(ref, 2);
        long id = Dialogs.number(r[0]);
        int round = (int) Dialogs.number(r[1]);
        SelfAssessment a = workflow.requireDecidable(me, id, round); // a stale card refuses here, before asking anything
        Map<String, String> draft = new HashMap<>();
        draft.put("a", String.valueOf(id));
        draft.put("r", String.valueOf(round));
        s.startFlow(flow, STEP_COMMENT, draft);
        s.toast("scoring.approval.ask-return-toast");
        s.reply("scoring.approval.ask-return", people.name(a.getStaffId()));
    }

    private void teamList(ChatSession s, String team) {
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
        StringBuilder refs = new StringBuilder();
        for (SelfAssessment a : list) {
            Snapshot snap = snapshots.of(a);
            var total = snap.card().councilTotal();
            lines.add(s.text("scoring.approval.team-line", people.name(a.getStaffId()), ScoringTexts.score(snap.card().selfTotal(), l),
                    ScoringTexts.score(total, l), ScoringTexts.band(snap.card().band(total)),
                    String.valueOf(cards.adjustmentLines(snap, l).size())));
            refs.append(refs.length() == 0 ? "" : ",").append(a.getId()).append('-').append(a.getApprovalRound());
        }
        List<String> chunks = ScoringTexts.chunks(s.text("scoring.approval.team-header", label, String.valueOf(list.size())), lines,
                ScoringTexts.MAX_MESSAGE);
        for (int i = 0; i < chunks.size() - 1; i++) {
            s.literal(chunks.get(i)).send();
        }
        s.literal(chunks.get(chunks.size() - 1))
                .button(s.text("scoring.approval.all-button", String.valueOf(list.size())), ApprovalCards.ACTION, "all:" + refs)
                .send();
    }

    private void confirmAll(ChatSession s, String refs) {
        List<long[]> list = parseRefs(refs);
        s.message("scoring.approval.confirm-all", String.valueOf(list.size()))
                .buttonKey("scoring.approval.confirm-yes", ApprovalCards.ACTION, "do:" + refs)
                .buttonKey("scoring.approval.confirm-no", ApprovalCards.ACTION, "no:")
                .send();
    }

    /** Approves every listed submission that is still waiting in the same round; the rest are left alone. */
    private void approveAll(ChatSession s, Actor me, String refs) {
        List<Snapshot> approved = new ArrayList<>();
        int skipped = 0;
        for (long[] ref : parseRefs(refs)) {
            try {
                approved.add(workflow.approve(me, ref[0], (int) ref[1]));
            } catch (Refused r) {
                skipped++;
            }
        }
        if (approved.isEmpty()) {
            s.toast("scoring.approval.bulk-nothing");
            s.reply("scoring.approval.bulk-nothing");
            return;
        }
        workflow.tellReviewers(approved, me);
        s.toast("scoring.approval.bulk-done-toast", String.valueOf(approved.size()));
        s.reply(skipped == 0 ? "scoring.approval.bulk-done" : "scoring.approval.bulk-done-skipped",
                String.valueOf(approved.size()), String.valueOf(skipped));
    }

    private static List<long[]> parseRefs(String refs) {
        List<long[]> out = new ArrayList<>();
        for (String r : refs.split(",")) {
            String[] p = r.split("-", 2);
            if (p.length == 2) {
                out.add(new long[] {Dialogs.number(p[0]), Dialogs.number(p[1])});
            }
        }
        return out;
    }

    // --- the principal's comment when returning ----------------------------------------------------------------

    @Override
    public void onInput(ChatSession s) {
        Optional<Long> id = Dialogs.draftLong(s, "a");
        Optional<Long> round = Dialogs.draftLong(s, "r");
        if (id.isEmpty() || round.isEmpty()) {
            s.endFlow();
            return;
        }
        if (s.incoming().kind() != Incoming.Kind.TEXT) {
            s.reply("scoring.approval.comment-text-only");
            return;
        }
        String text = s.incoming().text().trim();
        if (text.length() < MIN_COMMENT) {
            s.reply("scoring.review.reason-too-short");
            return;
        }
        if (FreeText.REASON.refuse(s, text)) {
            return;
        }
        try {
            Snapshot snap = workflow.principalReturn(Actor.of(s.requireUser()), id.get(), round.get().intValue(), text);
            s.endFlow();
            s.reply("scoring.approval.returned", people.name(snap.assessment().getStaffId()));
        } catch (Refused r) {
            s.endFlow();
            Dialogs.reply(s, r);
        }
    }
}
