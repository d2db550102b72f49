package vn.thiduabot.scoring.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.PickOne;
import vn.thiduabot.chat.Command;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.Permissions;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * /lichsu (/history) [name]: every step a self-assessment went through, with who, when and why.
 * The council, the principal and the secretary see anyone's; a team leader their team's; everyone
 * their own.
 */
@Component
@Order(230)
class HistoryDialog implements Command, ButtonAction<ShowHistory> {

    private final AssessmentService service;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final AssessmentViews views;
    private final People people;
    private final ApprovalCards cards;
    private final Refusals refusals;

    HistoryDialog(AssessmentService service, Snapshots snapshots, Campaigns campaigns, AssessmentViews views, People people,
                  ApprovalCards cards, Refusals refusals) {
        this.service = service;
        this.refusals = refusals;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.views = views;
        this.people = people;
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("lichsu", "history");
    }

    @Override
    public String descriptionKey() {
        return "command.history";
    }

    @Override
    public String action() {
        return "score-history";
    }

    @Override
    public Class<ShowHistory> payloadType() {
        return ShowHistory.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    private static boolean seesOthers(Actor a) {
        return a.has(Role.COUNCIL) || a.has(Role.PRINCIPAL) || a.has(Role.SECRETARY) || a.has(Role.TEAM_LEADER);
    }

    @Override
    public void run(ChatSession s, String args) {
        Actor me = Actor.of(s.requireUser());
        Campaign c = campaigns.current();
        if (args.isBlank() || !seesOthers(me)) {
            var own = service.own(me.staffId(), c.schoolYear());
            if (own.isEmpty()) {
                s.reply(seesOthers(me) ? "scoring.history.usage" : "scoring.history.none-own", c.schoolYear());
                return;
            }
            views.history(s, snapshots.of(own.get()));
            if (seesOthers(me)) {
                s.reply("scoring.history.usage", c.schoolYear());
            }
            return;
        }
        List<SelfAssessment> found = service.find(c.schoolYear(), args, Set.of()).stream()
                .filter(a -> Permissions.canSeeHistory(me, a.getStaffId(), a.getTeamName()))
                .toList();
        PickOne.among(s, found, args,
                () -> s.reply("scoring.history.not-found", args, c.schoolYear()),
                a -> views.history(s, snapshots.of(a)),
                "scoring.history.too-many", "scoring.history.choose",
                a -> people.name(a.getStaffId()) + " · " + cards.teamLabel(a.getTeamName(), s.locale()),
                a -> new ShowHistory(a.getId()));
    }

    @Override
    public void onPress(ChatSession s, ShowHistory payload) {
        Actor me = Actor.of(s.requireUser());
        Snapshot snap;
        try {
            snap = snapshots.load(payload.assessmentId());
        } catch (Refused r) {
            refusals.toast(s, r);
            return;
        }
        SelfAssessment a = snap.assessment();
        if (!Permissions.canSeeHistory(me, a.getStaffId(), a.getTeamName())) {
            s.toast("error.forbidden");
            return;
        }
        views.history(s, snap);
    }
}
