package vn.thiduabot.registration.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.registration.TargetResultService;

/**
 * The buttons of /ketqua: the yes/no result of a yes/no target, and "skip" (the result stays as it was). A press
 * counts only while that target's question is on screen; another is no longer valid.
 */
@Component
class ResultsButtons implements ButtonAction<ResultsButtons.ResultPress> {

    sealed interface ResultPress extends ButtonPayload permits YesNo, Skip {
        String targetCode();
    }

    /** The result of a yes/no target. */
    record YesNo(String targetCode, boolean yes) implements ResultPress { }

    /** Goes on without entering (or changing) this target's result. */
    record Skip(String targetCode) implements ResultPress { }

    private final Campaigns campaigns;
    private final TargetResultService results;
    private final ResultsDialog dialog;

    ResultsButtons(Campaigns campaigns, TargetResultService results, ResultsDialog dialog) {
        this.campaigns = campaigns;
        this.results = results;
        this.dialog = dialog;
    }

    @Override
    public String action() {
        return "results.answer";
    }

    @Override
    public Class<ResultPress> payloadType() {
        return ResultPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public void onPress(ChatSession s, ResultPress p) {
        if (!s.inFlow(ResultsDialog.FLOW) || !p.targetCode().equals(s.step())) {
            s.toast("error.button-stale");
            return;
        }
        if (p instanceof YesNo y) {
            try {
                results.record(s.requireUser().staffId(), campaigns.current(), y.targetCode(), y.yes() ? TargetInput.YES : TargetInput.NO);
            } catch (RegistrationRefused no) {
                s.reply(no.key(), no.args());
                s.endFlow();
                return;
            }
        }
        dialog.next(s, p.targetCode());
    }
}
