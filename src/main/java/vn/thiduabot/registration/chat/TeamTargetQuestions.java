package vn.thiduabot.registration.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.registration.CollectiveRegistration;
import vn.thiduabot.registration.CollectiveRegistrationAnswer;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.TeamRegistrationForm;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamKeep;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamSkip;
import vn.thiduabot.registration.chat.TeamRegistrationButtons.TeamYesNo;

/**
 * The typed questions of the team's registration (the campaign's team targets, then the team's plan), each
 * showing its saved answer with a keep button, and the team's registration summary that lists them.
 * A team target reads like an individual one: the same hints, the same answers.
 */
@Component
class TeamTargetQuestions {

    private final RegistrationTexts texts;

    TeamTargetQuestions(RegistrationTexts texts) {
        this.texts = texts;
    }

    /** Asks a team target or the plan ({@link TeamRegistrationForm#typed}). */
    void ask(ChatSession s, Campaign c, CollectiveRegistration t, String step) {
        Optional<Campaign.Target> target = TeamRegistrationForm.target(c, step);
        String text;
        String current;
        if (target.isPresent()) {
            Campaign.Target g = target.get();
            text = s.text("registration.team.ask.target", String.valueOf(c.teamTargets().indexOf(g) + 1),
                    String.valueOf(c.teamTargets().size()), g.name()) + "\n" + texts.targetHint(s, g);
            current = answer(s, g, t);
        } else {
            text = s.text("registration.team.ask.plan", String.valueOf(TeamRegistrationForm.MAX_PLAN));
            current = t == null ? null : t.plan();
        }
        Reply q = s.literal(current == null ? text : text + "\n\n" + s.text("registration.current", current));
        if (target.isPresent() && target.get().type() == Campaign.TargetType.YES_NO) {
            q.buttonKey("registration.yes", new TeamYesNo(target.get().code(), true))
                    .buttonKey("registration.no", new TeamYesNo(target.get().code(), false)).row();
        }
        if (target.isPresent() && !target.get().required()) {
            q.buttonKey("registration.skip", new TeamSkip(target.get().code())).row();
        }
        if (current != null) {
            q.buttonKey("registration.keep", new TeamKeep(step));
        }
        q.send();
    }

    /** The team's registration as the leader (and the council) read it: title, form, team targets, plan, status. */
    String summary(ChatSession s, Campaign c, CollectiveRegistration t) {
        String title = t.titleCode() == null ? s.text("registration.summary.not-answered") : RegistrationTexts.titleName(c, t.titleCode());
        String form = texts.formAnswer(s, c, t.formAnswered(), t.formCode());
        StringBuilder status = new StringBuilder();
        for (String line : targetLines(s, c, t)) {
            status.append(line).append('\n');
        }
        status.append(t.status() == RegistrationStatus.SUBMITTED
                ? s.text("registration.summary.status-submitted", RegistrationTexts.date(RegistrationTexts.day(t.submittedAt(), c)))
                : s.text("registration.summary.status-draft"));
        return s.text("registration.team.summary", t.teamName(), c.schoolYear(), title,
                form == null ? s.text("registration.summary.not-answered") : form, status.toString());
    }

    /** The team targets and the plan, one line each; none when the campaign lists no team targets. */
    List<String> targetLines(ChatSession s, Campaign c, CollectiveRegistration t) {
        List<String> lines = new ArrayList<>();
        if (c.teamTargets().isEmpty()) {
            return lines;
        }
        lines.add(s.text("registration.team.summary.targets"));
        int n = 0;
        for (Campaign.Target g : c.teamTargets()) {
            String value = answer(s, g, t);
            lines.add(s.text("registration.summary.target", String.valueOf(++n), g.name(),
                    value == null ? s.text("registration.summary.not-answered") : value));
        }
        lines.add(s.text("registration.team.summary.plan",
                t.plan() == null ? s.text("registration.summary.not-answered") : t.plan()));
        return lines;
    }

    private String answer(ChatSession s, Campaign.Target g, CollectiveRegistration t) {
        Optional<CollectiveRegistrationAnswer> a = t == null ? Optional.empty() : t.answerFor(g.code());
        return a.isEmpty() ? null : texts.value(s, g, a.get().value());
    }
}
