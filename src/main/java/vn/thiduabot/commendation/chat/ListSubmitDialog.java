package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.DecisionRefused;
import vn.thiduabot.commendation.ListDecisionService;

/** "Submit to the principal" on the list (/dexuat): the cards go to the deciders; the secretary is told to whom. */
@Component
public class ListSubmitDialog {

    private final ListDecisionService decisions;

    ListSubmitDialog(ListDecisionService decisions) {
        this.decisions = decisions;
    }

    public void submit(ChatSession s) {
        try {
            ListDecisionService.Submission done = decisions.submit(s.requireUser().staffId());
            s.reply("commendation.submit.done", String.valueOf(done.proposals()), String.valueOf(done.violations()),
                    String.join(", ", done.deciders()));
        } catch (DecisionRefused r) {
            s.reply(r.key(), r.args());
        }
    }
}
