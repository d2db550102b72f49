package vn.thiduabot.nomination.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.PrincipalsOwnNominations;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Role;

/**
 * The yes/no buttons of review cards, one action (and one record) per stage so the router checks the
 * stage's role. Each carries the nomination's version as the card showed it and the card's key, so
 * the card can be edited in place to show the decision.
 */
abstract class NominationDecisionButtons<P extends NominationDecisionButtons.Decision> implements ButtonAction<P> {

    /** A reviewer's yes or no on a card. */
    sealed interface Decision extends ButtonPayload permits TeamDecision, CouncilDecision, PrincipalDecision, SubstituteDecision {
        long nominationId();

        long version();

        boolean yes();

        String cardKey();
    }

    record TeamDecision(long nominationId, long version, boolean yes, String cardKey) implements Decision { }

    record CouncilDecision(long nominationId, long version, boolean yes, String cardKey) implements Decision { }

    record PrincipalDecision(long nominationId, long version, boolean yes, String cardKey) implements Decision { }

    record SubstituteDecision(long nominationId, long version, boolean yes, String cardKey) implements Decision { }

    /** The button of this stage (of the substitute's, for a nomination a principal is party to). */
    static Decision of(ReviewStage stage, boolean substitute, Nomination n, boolean yes, String cardKey) {
        long id = n.getId();
        long v = n.getVersion();
        if (substitute) {
            return new SubstituteDecision(id, v, yes, cardKey);
        }
        return switch (stage) {
            case TEAM -> new TeamDecision(id, v, yes, cardKey);
            case COUNCIL -> new CouncilDecision(id, v, yes, cardKey);
            case PRINCIPAL -> new PrincipalDecision(id, v, yes, cardKey);
        };
    }

    private final NominationDecisionDialog decisions;
    private final ReviewStage stage;
    private final Class<P> type;

    NominationDecisionButtons(NominationDecisionDialog decisions, ReviewStage stage, Class<P> type) {
        this.decisions = decisions;
        this.stage = stage;
        this.type = type;
    }

    @Override
    public String action() {
        return stage.action;
    }

    @Override
    public Class<P> payloadType() {
        return type;
    }

    @Override
    public Set<Role> roles() {
        return stage.roles();
    }

    @Override
    public void onPress(ChatSession s, P payload) {
        decisions.press(s, stage, payload);
    }

    /** Xac nhan / Khong xac nhan: the nominator's team leader. */
    @Component
    static class Team extends NominationDecisionButtons<TeamDecision> {
        Team(NominationDecisionDialog decisions) {
            super(decisions, ReviewStage.TEAM, TeamDecision.class);
        }
    }

    /** Chuyen Hieu truong / Khong chuyen: a council member. */
    @Component
    static class Council extends NominationDecisionButtons<CouncilDecision> {
        Council(NominationDecisionDialog decisions) {
            super(decisions, ReviewStage.COUNCIL, CouncilDecision.class);
        }
    }

    /** Gioi thieu / Khong gioi thieu: the principal. */
    @Component
    static class Principal extends NominationDecisionButtons<PrincipalDecision> {
        Principal(NominationDecisionDialog decisions) {
            super(decisions, ReviewStage.PRINCIPAL, PrincipalDecision.class);
        }
    }

    /**
     * Gioi thieu / Khong gioi thieu on a nomination a principal is party to: the substitute named in the
     * campaign file, who may hold no principal's role; {@link PrincipalsOwnNominations} checks who it is.
     */
    @Component
    static class Substitute extends NominationDecisionButtons<SubstituteDecision> {
        Substitute(NominationDecisionDialog decisions) {
            super(decisions, ReviewStage.PRINCIPAL, SubstituteDecision.class);
        }

        @Override
        public String action() {
            return PrincipalsOwnNominations.ACTION;
        }

        @Override
        public Set<Role> roles() {
            return Set.of();
        }
    }

    /** The reason typed after a team leader's or a council member's "no". */
    @Component
    static class Reason implements Flow {
        private final NominationDecisionDialog decisions;

        Reason(NominationDecisionDialog decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return NominationDecisionDialog.REASON_FLOW;
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.TEAM_LEADER, Role.COUNCIL);
        }

        @Override
        public void onInput(ChatSession s) {
            decisions.reasonTyped(s);
        }
    }
}
