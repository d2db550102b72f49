package vn.thiduabot.nomination;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.people.Role;

/** The yes/no buttons of review cards, one action per stage so the router checks the stage's role. */
abstract class NominationDecisionButtons implements LegacyButtonAction {

    private final NominationDecisions decisions;
    private final ReviewStage stage;

    NominationDecisionButtons(NominationDecisions decisions, ReviewStage stage) {
        this.decisions = decisions;
        this.stage = stage;
    }

    @Override
    public String action() {
        return stage.action;
    }

    @Override
    public Set<Role> roles() {
        return stage.roles();
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        decisions.press(s, stage, payload);
    }

    /** Xac nhan / Khong xac nhan: the nominator's team leader. */
    @Component
    static class Team extends NominationDecisionButtons {
        Team(NominationDecisions decisions) {
            super(decisions, ReviewStage.TEAM);
        }
    }

    /** Chuyen Hieu truong / Khong chuyen: a council member. */
    @Component
    static class Council extends NominationDecisionButtons {
        Council(NominationDecisions decisions) {
            super(decisions, ReviewStage.COUNCIL);
        }
    }

    /** Gioi thieu / Khong gioi thieu: the principal. */
    @Component
    static class Principal extends NominationDecisionButtons {
        Principal(NominationDecisions decisions) {
            super(decisions, ReviewStage.PRINCIPAL);
        }
    }

    /**
     * Gioi thieu / Khong gioi thieu on a nomination a principal is party to: the substitute named in the
     * campaign file, who may hold no principal's role; {@link PrincipalsOwnNominations} checks who it is.
     */
    @Component
    static class Substitute extends NominationDecisionButtons {
        Substitute(NominationDecisions decisions) {
            super(decisions, ReviewStage.PRINCIPAL);
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
        private final NominationDecisions decisions;

        Reason(NominationDecisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return NominationDecisions.REASON_FLOW;
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
