package vn.thiduabot.scoring.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.ReviewService;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Stage;

/**
 * /duyet (/review): a council member, or a team leader for their team's members first when the
 * campaign says so, sees the submitted self-assessments waiting for them, grouped by team, one button
 * each. Opening one claims it ({@link ReviewButtons}), so two reviewers never overwrite each other;
 * the review itself is {@link ReviewScreens} and {@link ReviewAnswers}.
 */
@Component
@Order(210)
class ReviewDialog implements Command {

    /** Buttons in one list message; Telegram allows 100, a phone shows far fewer comfortably. */
    private static final int MAX_LIST = 40;

    private final ReviewService reviews;
    private final Campaigns campaigns;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;

    ReviewDialog(ReviewService reviews, Campaigns campaigns, ScoringTexts texts, People people, ApprovalCards cards) {
        this.reviews = reviews;
        this.campaigns = campaigns;
        this.texts = texts;
        this.people = people;
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("duyet", "review");
    }

    @Override
    public String descriptionKey() {
        return "command.review";
    }

    @Override
    public Set<Role> roles() {
        return ReviewButtons.ROLES;
    }

    @Override
    public void run(ChatSession s, String args) {
        Actor me = Actor.of(s.requireUser());
        Campaign c = campaigns.current();
        List<ReviewService.Queued> queue = reviews.reviewQueue(me, c.schoolYear());
        long waiting = me.has(Role.COUNCIL) ? reviews.waitingForTeams(c.schoolYear()) : 0;
        String waitingLine = waiting > 0 ? "\n" + s.text("scoring.review.waiting-teams", String.valueOf(waiting)) : "";
        if (queue.isEmpty()) {
            s.literal(s.text("scoring.review.empty", c.schoolYear()) + waitingLine).send();
            return;
        }
        Locale l = s.locale();
        Map<String, List<ReviewService.Queued>> byTeam = new LinkedHashMap<>();
        for (ReviewService.Queued q : queue) {
            byTeam.computeIfAbsent(cards.teamLabel(q.assessment().getTeamName(), l), k -> new ArrayList<>()).add(q);
        }
        StringBuilder text = new StringBuilder(s.text("scoring.review.list-header", c.schoolYear(), String.valueOf(queue.size())));
        byTeam.forEach((team, list) -> {
            text.append("\n\n").append(s.text("scoring.review.list-team", team, String.valueOf(list.size())));
            for (ReviewService.Queued q : list) {
                SelfAssessment a = q.assessment();
                String line = s.text(q.stage() == Stage.TEAM ? "scoring.review.list-line-team" : "scoring.review.list-line",
                        people.name(a.getStaffId()), texts.when(a.getSubmittedAt()));
                if (q.claimedBy().isPresent()) {
                    line += " " + s.text("scoring.review.list-claimed", people.name(q.claimedBy().get()));
                }
                text.append('\n').append(line);
            }
        });
        text.append(waitingLine);
        if (queue.size() > MAX_LIST) {
            text.append("\n\n").append(s.text("scoring.review.list-more", String.valueOf(MAX_LIST)));
        }
        Reply r = s.literal(text.toString());
        queue.stream().limit(MAX_LIST).forEach(q -> {
            SelfAssessment a = q.assessment();
            String label = people.name(a.getStaffId()) + " · " + cards.teamLabel(a.getTeamName(), l)
                    + (q.stage() == Stage.TEAM ? " · " + s.text("scoring.stage.team") : "");
            r.button(label, new ReviewPress(a.getId(), q.stage(), a.reviewVersion(), ReviewPress.Does.OPEN, 0)).row();
        });
        r.send();
    }
}
