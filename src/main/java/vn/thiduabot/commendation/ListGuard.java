package vn.thiduabot.commendation;

import org.springframework.stereotype.Component;
import vn.thiduabot.commendation.Commendations.Refused;

/** The checks every change to the list makes first: the list still editable, the proposal not on an open vote. */
@Component
class ListGuard {

    private final CommendationStore store;

    ListGuard(CommendationStore store) {
        this.store = store;
    }

    /** The principal decides on what they saw: once submitted or approved, nothing on the list changes. */
    void editable(String year) {
        CommendationStore.ListState state = store.list(year);
        if (!state.editable()) {
            throw new Refused(state.status() == CommendationStore.ListStatus.APPROVED
                    ? "commendation.list.locked-approved" : "commendation.list.locked-submitted");
        }
    }

    /** A proposal the council is voting on keeps its title and subject until the vote closes. */
    void notOnVote(String year, long proposalId) {
        if (store.proposalsOnOpenVote(year).contains(proposalId)) {
            throw new Refused("commendation.list.locked-vote");
        }
    }
}
