package vn.thiduabot.scoring.chat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.scoring.ScoreEntry;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.Scorecard;

/** Renders scores, ratings, times and score tables in one person's language. */
@Component
class ScoringTexts {

    /** Room left under Telegram's 4,096 characters for one message of a table. */
    static final int MAX_MESSAGE = 3800;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Texts texts;
    private final ZoneId zone;

    ScoringTexts(Texts texts, Clock clock) {
        this.texts = texts;
        this.zone = clock.getZone();
    }

    String get(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    static String score(BigDecimal v, Locale locale) {
        return ScoreInput.format(v, locale);
    }

    static String band(ScoreSheet.Band band) {
        return band.code() + " – " + band.name();
    }

    String when(Instant at) {
        return at == null ? "–" : WHEN.format(at.atZone(zone));
    }

    /** "Criterion 3/19", "Bonus 1/3" or "Penalty 2/3": where the item is in its part of the sheet. */
    String position(ScoreSheet sheet, Criterion item, Locale locale) {
        List<Criterion> part = switch (item.kind()) {
            case CRITERION -> sheet.criteria();
            case BONUS -> sheet.bonus();
            case PENALTY -> sheet.penalties();
        };
        int i = part.indexOf(item) + 1;
        String key = switch (item.kind()) {
            case CRITERION -> "scoring.position.criterion";
            case BONUS -> "scoring.position.bonus";
            case PENALTY -> "scoring.position.penalty";
        };
        return texts.get(locale, key, String.valueOf(i), String.valueOf(part.size()));
    }

    /** The teacher's summary: each section's subtotal, bonus, penalties, total and rating. */
    List<String> summaryLines(Scorecard card, Locale locale) {
        ScoreSheet sheet = card.sheet();
        Map<String, BigDecimal> self = card.selfScores();
        List<String> lines = new ArrayList<>();
        for (ScoreSheet.Section s : sheet.sections()) {
            lines.add(texts.get(locale, "scoring.summary.section", s.code(), s.name(),
                    score(sheet.sectionTotal(s, self), locale), score(s.max(), locale)));
        }
        if (!sheet.bonus().isEmpty()) {
            lines.add(texts.get(locale, "scoring.summary.bonus", score(sheet.bonusTotal(self), locale), score(sheet.bonusCap(), locale)));
        }
        if (!sheet.penalties().isEmpty()) {
            lines.add(texts.get(locale, "scoring.summary.penalty", score(sheet.penaltyTotal(self), locale)));
        }
        BigDecimal total = card.selfTotal();
        lines.add(texts.get(locale, "scoring.summary.total", score(total, locale), band(card.band(total))));
        return lines;
    }

    /**
     * The per-criterion table: each item with the columns that exist so far (self, team, council),
     * its evidence count and the reviewers' reasons; section subtotals and the totals at the end.
     */
    List<String> tableLines(Scorecard card, Map<String, ScoreEntry> entries, Map<String, Long> evidence,
                            boolean team, boolean council, Locale locale) {
        ScoreSheet sheet = card.sheet();
        List<String> lines = new ArrayList<>();
        for (ScoreSheet.Section s : sheet.sections()) {
            lines.add(texts.get(locale, "scoring.table.section", s.code(), s.name(), score(s.max(), locale),
                    columns(sheet.sectionTotal(s, card.selfScores()), sheet.sectionTotal(s, card.teamScores()),
                            sheet.sectionTotal(s, card.councilScores()), team, council, locale)));
            s.criteria().forEach(c -> itemLines(lines, card, entries, evidence, c, team, council, locale));
        }
        if (!sheet.bonus().isEmpty()) {
            lines.add(texts.get(locale, "scoring.table.bonus", score(sheet.bonusCap(), locale),
                    columns(sheet.bonusTotal(card.selfScores()), sheet.bonusTotal(card.teamScores()),
                            sheet.bonusTotal(card.councilScores()), team, council, locale)));
            sheet.bonus().forEach(c -> itemLines(lines, card, entries, evidence, c, team, council, locale));
        }
        if (!sheet.penalties().isEmpty()) {
            lines.add(texts.get(locale, "scoring.table.penalty",
                    columns(sheet.penaltyTotal(card.selfScores()), sheet.penaltyTotal(card.teamScores()),
                            sheet.penaltyTotal(card.councilScores()), team, council, locale)));
            sheet.penalties().forEach(c -> itemLines(lines, card, entries, evidence, c, team, council, locale));
        }
        lines.add(texts.get(locale, "scoring.table.total",
                columns(card.selfTotal(), card.teamTotal(), card.councilTotal(), team, council, locale)));
        return lines;
    }

    private void itemLines(List<String> lines, Scorecard card, Map<String, ScoreEntry> entries, Map<String, Long> evidence,
                           Criterion c, boolean team, boolean council, Locale locale) {
        long files = evidence.getOrDefault(c.code(), 0L);
        String clip = files > 0 ? texts.get(locale, "scoring.table.evidence", String.valueOf(files))
                : c.evidenceRequired() ? texts.get(locale, "scoring.table.evidence-required") : "";
        lines.add(texts.get(locale, "scoring.table.item", c.code(), c.name(), score(c.max(), locale),
                columns(card.self(c.code()), card.team(c.code()), card.council(c.code()), team, council, locale), clip));
        ScoreEntry e = entries.get(c.code());
        if (e != null && e.getTeamScore() != null) {
            lines.add(texts.get(locale, "scoring.table.reason-team", e.getTeamReason()));
        }
        if (e != null && e.getCouncilScore() != null) {
            lines.add(texts.get(locale, "scoring.table.reason-council", e.getCouncilReason()));
        }
    }

    private String columns(BigDecimal self, BigDecimal team, BigDecimal council, boolean showTeam, boolean showCouncil,
                           Locale locale) {
        StringBuilder b = new StringBuilder(texts.get(locale, "scoring.col.self", score(self, locale)));
        if (showTeam) {
            b.append(" · ").append(texts.get(locale, "scoring.col.team", score(team, locale)));
        }
        if (showCouncil) {
            b.append(" · ").append(texts.get(locale, "scoring.col.council", score(council, locale)));
        }
        return b.toString();
    }

    /** Splits lines into messages that stay under Telegram's limit; the header starts the first one. */
    static List<String> chunks(String header, List<String> lines, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(header == null ? "" : header);
        for (String line : lines) {
            String l = line.length() > max ? line.substring(0, max - 1) + "…" : line;
            if (cur.length() > 0 && cur.length() + 1 + l.length() > max) {
                out.add(cur.toString());
                cur = new StringBuilder();
            }
            if (cur.length() > 0) {
                cur.append('\n');
            }
            cur.append(l);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
