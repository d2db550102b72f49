package vn.thiduabot.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.scoring.Evidence;
import vn.thiduabot.scoring.ScoreInput;
import vn.thiduabot.scoring.Scorecard;
import vn.thiduabot.scoring.Snapshot;

/**
 * A self-assessment as the Mini App shows it (the teacher's sheet and the reviewers' table alike): the school's
 * sections with their lines, then the bonus and the penalty items as two more parts; per line the three columns
 * (self, team, council), the evidence; per column the part subtotals, the bonus after its cap, the penalties, the
 * total and its rating band, all computed by the domain ({@link ScoreSheet#total}, {@link Scorecard}), never by the
 * page. Numbers are given as the reader writes them (a decimal comma in Vietnamese) and as plain numbers for inputs.
 */
public record SheetJson(long id, String owner, String team, String status, String statusText, List<Part> parts,
                        Column self, Column teamColumn, Column council, boolean showTeam, boolean showCouncil,
                        List<String> unscored, List<String> missingEvidence) {

    /** A section of the sheet, or the bonus part, or the penalty part ({@code kind}: CRITERION, BONUS, PENALTY). */
    public record Part(String code, String name, String kind, String max, List<Line> lines) { }

    /** One line: the criterion as the school wrote it, the three columns (plain numbers, null = none), its evidence. */
    public record Line(String code, String name, String description, String max, BigDecimal maxValue, boolean evidenceRequired,
                       BigDecimal self, BigDecimal team, BigDecimal council, List<File> evidence) { }

    public record File(long id, String name, String kind, long size) { }

    /** One column's sums: per part code, bonus (after the cap), penalties, total, band. */
    public record Column(Map<String, String> parts, String bonus, String penalty, String total, String band) { }

    public static SheetJson of(Snapshot snap, String owner, String statusText, Locale locale, List<String> unscored,
                               List<String> missingEvidence) {
        ScoreSheet sheet = snap.sheet();
        Scorecard card = snap.card();
        List<Part> parts = new ArrayList<>();
        for (ScoreSheet.Section s : sheet.sections()) {
            parts.add(new Part(s.code(), s.name(), ScoreSheet.Kind.CRITERION.name(), fmt(s.max(), locale), lines(snap, s.criteria(), locale)));
        }
        if (!sheet.bonus().isEmpty()) {
            parts.add(new Part("BONUS", "", ScoreSheet.Kind.BONUS.name(), fmt(sheet.bonusCap(), locale), lines(snap, sheet.bonus(), locale)));
        }
        if (!sheet.penalties().isEmpty()) {
            parts.add(new Part("PENALTY", "", ScoreSheet.Kind.PENALTY.name(), "", lines(snap, sheet.penalties(), locale)));
        }
        return new SheetJson(snap.id(), owner, snap.assessment().getTeamName(), snap.assessment().getStatus().name(), statusText, parts,
                column(sheet, card.selfScores(), locale), column(sheet, card.teamScores(), locale),
                column(sheet, card.councilScores(), locale), snap.teamColumn(), snap.councilColumn(), unscored, missingEvidence);
    }

    private static List<Line> lines(Snapshot snap, List<Criterion> items, Locale locale) {
        Scorecard card = snap.card();
        return items.stream().map(c -> new Line(c.code(), c.name(), c.description(), fmt(c.max(), locale), c.max(), c.evidenceRequired(),
                plain(card.self(c.code())), plain(card.team(c.code())), plain(card.council(c.code())),
                snap.evidenceFor(c.code()).stream().map(SheetJson::file).toList())).toList();
    }

    private static File file(Evidence e) {
        return new File(e.getId(), e.getFileName(), e.getKind().name(), e.getSize());
    }

    private static Column column(ScoreSheet sheet, Map<String, BigDecimal> scores, Locale locale) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        sheet.sections().forEach(s -> parts.put(s.code(), fmt(sheet.sectionTotal(s, scores), locale)));
        BigDecimal total = ScoreInput.normalise(sheet.total(scores));
        ScoreSheet.Band band = sheet.bandFor(total);
        return new Column(parts, fmt(sheet.bonusTotal(scores), locale), fmt(sheet.penaltyTotal(scores), locale), fmt(total, locale),
                band.code() + " – " + band.name());
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : ScoreInput.normalise(v);
    }

    static String fmt(BigDecimal v, Locale locale) {
        return ScoreInput.format(v, locale);
    }

    /** The codes of these criteria, for the page to mark the lines. */
    public static List<String> codes(List<Criterion> items) {
        return items.stream().map(Criterion::code).toList();
    }

}
