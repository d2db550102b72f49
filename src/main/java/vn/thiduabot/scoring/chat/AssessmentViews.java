package vn.thiduabot.scoring.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.scoring.HistoryEntry;
import vn.thiduabot.scoring.AssessmentHistory;
import vn.thiduabot.scoring.People;
import vn.thiduabot.scoring.SelfAssessment;
import vn.thiduabot.scoring.Snapshot;

/** Read-only screens shared by the dialogs: the per-criterion detail table and the history. */
@Component
class AssessmentViews {

    private final AssessmentHistory history;
    private final ScoringTexts texts;
    private final People people;
    private final ApprovalCards cards;

    AssessmentViews(AssessmentHistory history, ScoringTexts texts, People people, ApprovalCards cards) {
        this.history = history;
        this.texts = texts;
        this.people = people;
        this.cards = cards;
    }

    /** Every criterion with the self, team and council scores and the reasons; split under Telegram's limit. */
    void details(ChatSession s, Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Locale l = s.locale();
        String header = s.text("scoring.details.header", people.name(a.getStaffId()), cards.teamLabel(a.getTeamName(), l),
                snap.campaign().schoolYear(), s.text(a.getStatus().messageKey()));
        List<String> lines = texts.tableLines(snap.card(), snap.entries(), snap.evidenceCounts(), snap.teamColumn(),
                snap.councilColumn(), l);
        for (String chunk : ScoringTexts.chunks(header, lines, ScoringTexts.MAX_MESSAGE)) {
            s.literal(chunk).send();
        }
    }

    /** Every transition: when, who, what (from → to), the total then, and the reason or comment. */
    void history(ChatSession s, Snapshot snap) {
        SelfAssessment a = snap.assessment();
        Locale l = s.locale();
        List<String> lines = new ArrayList<>();
        for (HistoryEntry e : history.of(a.getId())) {
            String from = e.from() == null ? "–" : s.text(e.from().messageKey());
            lines.add(s.text("scoring.history.line", texts.when(e.at()), people.name(e.actorStaffId()),
                    s.text(e.action().messageKey()), from, s.text(e.to().messageKey())));
            if (e.total() != null) {
                lines.add(s.text("scoring.history.total", ScoringTexts.score(e.total(), l)));
            }
            if (e.reason() != null && !e.reason().isBlank()) {
                lines.add(s.text("scoring.history.reason", e.reason()));
            }
        }
        String header = s.text("scoring.history.header", people.name(a.getStaffId()), cards.teamLabel(a.getTeamName(), l),
                snap.campaign().schoolYear(), s.text(a.getStatus().messageKey()));
        for (String chunk : ScoringTexts.chunks(header, lines, ScoringTexts.MAX_MESSAGE)) {
            s.literal(chunk).send();
        }
    }
}
