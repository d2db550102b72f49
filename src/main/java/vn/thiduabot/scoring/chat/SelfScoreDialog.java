package vn.thiduabot.scoring.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentHistory;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.EventAction;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.scoring.Snapshots;

/**
 * /tucham (/selfscore): the teacher scores themselves against the school's sheet, criterion by
 * criterion, with evidence, then bonus and penalty items, sees the summary and submits. Progress is
 * saved after every answer: /tucham later (even after a restart) resumes at the same item. The typed
 * answers are {@link SelfScoreAnswers}, the buttons {@link SelfScoreButtons}. When the Mini App is enabled,
 * the first screen (the introduction, the resumption or the return) also offers the same sheet there.
 */
@Component
@Order(200)
class SelfScoreDialog implements Command {

    private final AssessmentService service;
    private final AssessmentHistory history;
    private final Snapshots snapshots;
    private final Campaigns campaigns;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;
    private final SelfScoreSteps steps;
    private final MiniAppLinks miniApp;

    SelfScoreDialog(AssessmentService service, AssessmentHistory history, Snapshots snapshots, Campaigns campaigns,
                    ScoringTexts texts, People people, ApprovalCards cards, SelfScoreSteps steps, MiniAppLinks miniApp) {
        this.service = service;
        this.history = history;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.texts = texts;
        this.people = people;
        this.cards = cards;
        this.steps = steps;
        this.miniApp = miniApp;
    }

    @Override
    public List<String> names() {
        return List.of("tucham", "selfscore");
    }

    @Override
    public String descriptionKey() {
        return "command.selfscore";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void run(ChatSession s, String args) {
        Actor me = Actor.of(s.requireUser());
        Campaign c = campaigns.current();
        LocalDate today = campaigns.today();
        boolean open = c.deadlines().selfAssessmentOpen(today);
        String opens = Texts.date(c.deadlines().selfAssessmentOpens());
        String closes = Texts.date(c.deadlines().selfAssessmentCloses());
        Optional<SelfAssessment> existing = service.own(me.staffId(), c.schoolYear());
        if (existing.isEmpty()) {
            if (!open) {
                s.reply(today.isBefore(c.deadlines().selfAssessmentOpens()) ? "scoring.self.not-yet-open" : "scoring.self.window-closed",
                        opens, closes, c.schoolYear());
                return;
            }
            SelfAssessment a = service.openOwn(me, c);
            ScoreSheet sheet = c.scoreSheet();
            s.message("scoring.self.intro", c.schoolYear(), String.valueOf(sheet.criteria().size()),
                    String.valueOf(sheet.bonus().size()), String.valueOf(sheet.penalties().size()), closes,
                    ScoringTexts.score(sheet.maxTotal(), s.locale())).with(miniApp.openButton(MiniAppLinks.ASSESSMENT)).send();
            steps.resume(s, snapshots.of(a));
            return;
        }
        Snapshot snap = snapshots.of(existing.get());
        switch (snap.assessment().getStatus()) {
            case DRAFT -> {
                if (!open) {
                    s.reply(today.isBefore(c.deadlines().selfAssessmentOpens()) ? "scoring.self.not-yet-open" : "scoring.self.window-closed",
                            opens, closes, c.schoolYear());
                    return;
                }
                s.message("scoring.self.resume", closes).with(miniApp.openButton(MiniAppLinks.ASSESSMENT)).send();
                steps.resume(s, snap);
            }
            case RETURNED -> {
                showReturn(s, snap);
                steps.resume(s, snap);
            }
            default -> steps.showStatus(s, snap);
        }
    }

    private void showReturn(ChatSession s, Snapshot snap) {
        history.last(snap.id(), Set.of(EventAction.RETURN)).ifPresent(e -> s.message("scoring.self.returned",
                people.name(e.actorStaffId()), texts.when(e.at()), e.reason(), cards.adjustmentsText(snap, s.locale()))
                .with(miniApp.openButton(MiniAppLinks.ASSESSMENT)).send());
    }
}
