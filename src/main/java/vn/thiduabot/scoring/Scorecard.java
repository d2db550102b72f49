package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;

/**
 * The three columns of a score sheet (self, team, council) for one person, and their totals and
 * ratings. A team score that was not adjusted equals the self-score; a council score that was not
 * adjusted equals the team's.
 */
public final class Scorecard {

    /** The scores of one item as stored; null team/council means "not adjusted". */
    record Line(String code, BigDecimal self, BigDecimal team, BigDecimal council) { }

    private final ScoreSheet sheet;
    private final Map<String, Line> lines = new LinkedHashMap<>();

    Scorecard(ScoreSheet sheet, Collection<Line> lines) {
        this.sheet = sheet;
        lines.forEach(l -> this.lines.put(l.code(), l));
    }

    public static Scorecard of(ScoreSheet sheet, Collection<ScoreEntry> entries) {
        return new Scorecard(sheet, entries.stream()
                .map(e -> new Line(e.getItemCode(), e.getSelfScore(), e.getTeamScore(), e.getCouncilScore()))
                .toList());
    }

    public ScoreSheet sheet() {
        return sheet;
    }

    public BigDecimal self(String code) {
        Line l = lines.get(code);
        return l == null ? null : l.self();
    }

    public BigDecimal team(String code) {
        Line l = lines.get(code);
        if (l == null) {
            return null;
        }
        return l.team() != null ? l.team() : l.self();
    }

    public BigDecimal council(String code) {
        Line l = lines.get(code);
        if (l == null) {
            return null;
        }
        return l.council() != null ? l.council() : team(code);
    }

    public Map<String, BigDecimal> selfScores() {
        return column(this::self);
    }

    public Map<String, BigDecimal> teamScores() {
        return column(this::team);
    }

    public Map<String, BigDecimal> councilScores() {
        return column(this::council);
    }

    public BigDecimal selfTotal() {
        return ScoreInput.normalise(sheet.total(selfScores()));
    }

    public BigDecimal teamTotal() {
        return ScoreInput.normalise(sheet.total(teamScores()));
    }

    public BigDecimal councilTotal() {
        return ScoreInput.normalise(sheet.total(councilScores()));
    }

    public ScoreSheet.Band band(BigDecimal total) {
        return sheet.bandFor(total);
    }

    /** Criteria of the sections that have no self-score yet (bonus and penalty items may stay empty: 0). */
    public List<Criterion> unscored() {
        return sheet.criteria().stream().filter(c -> self(c.code()) == null).toList();
    }

    /** Items that require evidence, claim points, and have none. */
    public List<Criterion> missingEvidence(Map<String, Long> evidenceCounts) {
        List<Criterion> missing = new ArrayList<>();
        for (Criterion c : sheet.allItems()) {
            BigDecimal s = self(c.code());
            if (c.evidenceRequired() && c.kind() != ScoreSheet.Kind.PENALTY && s != null && s.signum() > 0
                    && evidenceCounts.getOrDefault(c.code(), 0L) == 0) {
                missing.add(c);
            }
        }
        return missing;
    }

    private Map<String, BigDecimal> column(Function<String, BigDecimal> f) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Criterion c : sheet.allItems()) {
            BigDecimal v = f.apply(c.code());
            if (v != null) {
                m.put(c.code(), v);
            }
        }
        return m;
    }
}
