package vn.thiduabot.nomination.chat;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationCategory;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.nomination.chat.NominationDraftButtons.AddEvidence;
import vn.thiduabot.nomination.chat.NominationDraftButtons.ChooseCategory;
import vn.thiduabot.nomination.chat.NominationDraftButtons.ChooseKind;
import vn.thiduabot.nomination.chat.NominationDraftButtons.Discard;
import vn.thiduabot.nomination.chat.NominationDraftButtons.PickTeam;
import vn.thiduabot.nomination.chat.NominationDraftButtons.Send;
import vn.thiduabot.staff.StaffDirectory;

/** The questions of /decu in order (who, category, achievement) and the summary; each works out where the draft stands. */
@Component
class NominationSteps {

    static final String FLOW = "nomination";
    static final String STEP_KIND = "kind";
    static final String STEP_SEARCH = "search";
    static final String STEP_NAME = "name";
    static final String STEP_CATEGORY = "category";
    static final String STEP_ACHIEVEMENT = "achievement";
    static final String STEP_EVIDENCE = "evidence";
    static final String STEP_SUMMARY = "summary";

    private final NominationService service;
    private final NominationCards cards;
    private final StaffDirectory staff;

    NominationSteps(NominationService service, NominationCards cards, StaffDirectory staff) {
        this.service = service;
        this.cards = cards;
        this.staff = staff;
    }

    /** Puts the conversation in this flow on this draft (a press may come after /huy or another command). */
    void enter(ChatSession s, Nomination n) {
        if (!s.inFlow(FLOW) || !String.valueOf(n.getId()).equals(s.draft().get("id"))) {
            s.startFlow(FLOW, STEP_KIND, Map.of("id", String.valueOf(n.getId())));
        }
    }

    /** Asks for the first thing the draft still lacks, or shows the summary when nothing is missing. */
    void advance(ChatSession s, Nomination n) {
        if (n.getNomineeKind() == null) {
            askKind(s, n, false);
        } else if (!n.nomineeChosen()) {
            askNominee(s, n);
        } else if (n.getCategory() == null) {
            askCategory(s, n);
        } else if (n.getAchievement() == null) {
            askAchievement(s);
        } else {
            showSummary(s, n);
        }
    }

    void askKind(ChatSession s, Nomination n, boolean intro) {
        s.moveTo(STEP_KIND);
        Reply r = intro
                ? s.message("nomination.start", cards.quarter(s.locale(), service.currentQuarter()),
                        cards.deadline(s.locale(), service.nextDeadline().orElse(null)))
                : s.message("nomination.ask-kind");
        for (NomineeKind k : NomineeKind.values()) {
            r.buttonKey(k.messageKey(), new ChooseKind(n.getId(), k));
        }
        r.send();
    }

    void askNominee(ChatSession s, Nomination n) {
        switch (n.getNomineeKind()) {
            case STAFF -> {
                s.moveTo(STEP_SEARCH);
                s.reply("nomination.ask-colleague");
            }
            case EXTERNAL -> {
                s.moveTo(STEP_NAME);
                s.reply("nomination.ask-external", String.valueOf(NominationRules.NAME_MAX));
            }
            case COLLECTIVE -> {
                s.moveTo(STEP_NAME);
                Reply r = s.message("nomination.ask-collective", String.valueOf(NominationRules.NAME_MAX));
                for (String team : staff.teamNames()) {
                    r.button(team, new PickTeam(n.getId(), team)).row();
                }
                r.send();
            }
        }
    }

    void askCategory(ChatSession s, Nomination n) {
        s.moveTo(STEP_CATEGORY);
        Reply r = s.message("nomination.ask-category", cards.nominee(s.locale(), n));
        for (NominationCategory c : NominationCategory.values()) {
            r.buttonKey(c.messageKey(), new ChooseCategory(n.getId(), c)).row();
        }
        r.send();
    }

    void askAchievement(ChatSession s) {
        s.moveTo(STEP_ACHIEVEMENT);
        s.reply("nomination.ask-achievement", String.valueOf(NominationRules.ACHIEVEMENT_MIN),
                String.valueOf(NominationRules.ACHIEVEMENT_MAX));
    }

    void showSummary(ChatSession s, Nomination n) {
        if (!n.complete()) {
            advance(s, n);
            return;
        }
        s.moveTo(STEP_SUMMARY);
        s.literal(cards.summary(s.locale(), n))
                .buttonKey("nomination.send-button", new Send(n.getId()))
                .buttonKey("nomination.add-evidence-button", new AddEvidence(n.getId()))
                .row()
                .buttonKey("nomination.discard-button", new Discard(n.getId()))
                .send();
    }
}
