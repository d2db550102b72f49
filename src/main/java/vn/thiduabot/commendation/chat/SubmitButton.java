package vn.thiduabot.commendation.chat;

import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;

/** The overview's "submit" button: the secretary sends the list to the principal. */
@Component
class SubmitButton extends ProposalsButton<SubmitButton.Submit> {

    record Submit() implements ButtonPayload { }

    private final ListSubmitDialog decisions;

    SubmitButton(ListSubmitDialog decisions) {
        this.decisions = decisions;
    }

    @Override
    public String action() {
        return "com.submit";
    }

    @Override
    public Class<Submit> payloadType() {
        return Submit.class;
    }

    @Override
    void press(ChatSession s, Submit payload) {
        decisions.submit(s);
    }
}
