package vn.thiduabot.commendation.chat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.commendation.ListDecisions;

/** The overview's "submit" button: the secretary sends the list to the principal. */
@Component
class SubmitButton extends ProposalsButton<SubmitButton.Submit> {

    record Submit() implements ButtonPayload { }

    /** Looked up at the press: ListDecisions sends messages, and the messenger needs every button action first. */
    private final ObjectProvider<ListDecisions> decisions;

    SubmitButton(ObjectProvider<ListDecisions> decisions) {
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
        decisions.getObject().submit(s);
    }
}
