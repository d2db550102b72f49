package vn.thiduabot.registration;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;

/**
 * The one way a screen writes "target → result: met / not met" (the person's /ketqua summary, the council's
 * review, /trangthai), so the comparison reads the same everywhere.
 */
@Component
public class TargetResultLines {

    private final Texts texts;
    private final TargetResultService results;
    private final vn.thiduabot.campaign.Campaigns campaigns;

    TargetResultLines(Texts texts, TargetResultService results, vn.thiduabot.campaign.Campaigns campaigns) {
        this.texts = texts;
        this.results = results;
        this.campaigns = campaigns;
    }

    /**
     * "Results against registered targets:" and one line per registered target of this person in that year;
     * empty when they registered no target (or the year has no campaign file).
     */
    public String section(Locale locale, long staffId, String schoolYear) {
        List<TargetResult> mine = campaigns.forYear(schoolYear).map(c -> results.results(staffId, c)).orElse(List.of());
        return mine.isEmpty() ? "" : texts.get(locale, "results.section", lines(locale, mine));
    }

    /** One bullet per registered target; empty when nothing is registered. */
    public String lines(Locale locale, List<TargetResult> results) {
        return results.stream().map(r -> line(locale, r)).collect(Collectors.joining("\n"));
    }

    public String line(Locale locale, TargetResult r) {
        String target = value(locale, r, r.target());
        if (r.result() == null) {
            return texts.get(locale, "results.line.pending", r.name(), target);
        }
        String result = value(locale, r, r.result());
        return switch (r.verdict()) {
            case MET -> texts.get(locale, "results.line.met", r.name(), target, result);
            case NOT_MET -> texts.get(locale, "results.line.not-met", r.name(), target, result);
            default -> texts.get(locale, "results.line.shown", r.name(), target, result);
        };
    }

    /** A stored value as people read it (85,5% in Vietnamese, yes/no in words). */
    public String value(Locale locale, TargetResult r, String stored) {
        return switch (r.type()) {
            case PERCENT -> TargetInput.showPercent(stored, locale);
            case YES_NO -> texts.get(locale, TargetInput.YES.equals(stored) ? "registration.yes" : "registration.no");
            default -> stored;
        };
    }
}
