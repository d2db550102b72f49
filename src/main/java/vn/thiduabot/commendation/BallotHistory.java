package vn.thiduabot.commendation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place a written ballot's history is written: who recorded it and when, and when its member
 * replaced it in the bot. Never the choices. Same transaction as the change.
 */
@Component
class BallotHistory {

    static final String RECORDED = "WRITTEN_RECORDED";
    static final String REPLACED = "WRITTEN_REPLACED";

    private final CommendationStore store;

    BallotHistory(CommendationStore store) {
        this.store = store;
    }

    @EventListener
    void on(WrittenBallotRecorded e) {
        store.ballotEvent(e.voteId(), e.memberStaffId(), RECORDED, e.recordedBy(), e.at());
    }

    @EventListener
    void on(WrittenBallotReplaced e) {
        store.ballotEvent(e.voteId(), e.memberStaffId(), REPLACED, e.memberStaffId(), e.at());
    }
}
