package vn.thiduabot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.scoring.AssessmentSummary;

/** The principal's digest: only what waits for the principal's decision. */
@Component
class PrincipalDigest {

    private final ReminderTexts texts;

    PrincipalDigest(ReminderTexts texts) {
        this.texts = texts;
    }

    /** What waits for the principal's decision; empty when nothing does. */
    List<String> forPrincipal(Locale l, Digest.Facts f, boolean evenIfNothing) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(l, "reminder.digest.principal.header", f.campaign().schoolYear(), ReminderTexts.date(f.today())));
        lines.add("");
        List<NominationSummary> noms = f.awaitingPrincipal();
        List<AssessmentSummary> reviewed = f.assessments().all().stream()
                .filter(a -> f.assessments().stageOf(a) == ReviewQueues.Stage.PRINCIPAL).toList();
        if (noms.isEmpty() && reviewed.isEmpty()) {
            if (!evenIfNothing) {
                return List.of();
            }
            lines.add(texts.text(l, "reminder.digest.principal.none"));
            return List.of(String.join("\n", lines));
        }
        if (!noms.isEmpty()) {
            lines.add(texts.text(l, "reminder.digest.principal.nominations", String.valueOf(noms.size())));
            for (NominationSummary n : noms) {
                lines.add(texts.text(l, "reminder.digest.principal.nomination", nominee(l, n), texts.text(l, n.category().messageKey()),
                        texts.quarter(l, n.quarter())));
            }
        }
        if (!reviewed.isEmpty()) {
            if (!noms.isEmpty()) {
                lines.add("");
            }
            lines.add(texts.text(l, "reminder.digest.principal.assessments", String.valueOf(reviewed.size())));
            String noTeam = texts.text(l, "staff.no-team");
            Map<String, Long> perTeam = reviewed.stream().collect(Collectors.groupingBy(
                    a -> a.teamName() == null ? noTeam : a.teamName(), java.util.TreeMap::new, Collectors.counting()));
            perTeam.forEach((team, n) -> lines.add(texts.text(l, "reminder.digest.count", team, String.valueOf(n))));
        }
        return ReminderTexts.chunks(lines, ReminderTexts.MAX_MESSAGE);
    }

    private String nominee(Locale l, NominationSummary n) {
        NomineeKind kind = n.nomineeKind() == null ? NomineeKind.EXTERNAL : n.nomineeKind();
        return switch (kind) {
            case STAFF -> n.nomineeTeam() == null ? texts.text(l, "nomination.nominee.staff-no-team", n.nomineeName())
                    : texts.text(l, "nomination.nominee.staff", n.nomineeName(), n.nomineeTeam());
            case EXTERNAL -> texts.text(l, "nomination.nominee.external", n.nomineeName());
            case COLLECTIVE -> texts.text(l, "nomination.nominee.collective", n.nomineeName());
        };
    }
}
