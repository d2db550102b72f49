package vn.thiduabot.commendation.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.SecretTraces;
import vn.thiduabot.commendation.VoteClosed;

/**
 * The chat side of a closed vote's secrecy (with commendation.BallotSecrecy): inside the closing transaction
 * the ballots' buttons (their server-side payloads) and any written-ballot draft are deleted.
 */
@Component
class BallotTraces {

    private static final Logger log = LoggerFactory.getLogger(BallotTraces.class);

    private final SecretTraces traces;

    BallotTraces(SecretTraces traces) {
        this.traces = traces;
    }

    @EventListener
    @Order(0)
    void on(VoteClosed e) {
        int buttons = traces.revokeButtons(BallotDialog.ACTION, BallotPress.encodedPrefix(e.voteId()));
        int drafts = traces.forgetDrafts(VoteDialog.FLOW, VoteDialog.STEP_WRITTEN);
        log.info("Vote #{}: {} ballot buttons and {} written-ballot drafts deleted after the tally", e.voteId(), buttons, drafts);
    }
}
