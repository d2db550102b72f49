package vn.thiduabot.reminder;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.report.ProgressChart;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffView;

/**
 * The digest's numbers per team and per rating band, counted once: the text's "per team" lines and rating
 * bands are written from them and the chart draws them, so the two always agree. A self-assessment counts in
 * its author's team as the staff list has it today (or, for someone no longer on the list, the team it was
 * written in), so the per-team counts add up to the text's school-wide counts.
 */
final class DigestFigures {

    private DigestFigures() { }

    static ProgressChart of(Campaign c, String date, Map<String, List<StaffView>> teams, Set<Long> registered,
                            List<AssessmentSummary> assessments) {
        Map<String, String> canonical = new HashMap<>();
        Map<Long, String> teamOf = new HashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        teams.forEach((team, members) -> {
            canonical.put(key(team), team);
            members.forEach(m -> teamOf.put(m.staffId(), team));
            counts.put(key(team), new long[] {members.stream().filter(m -> registered.contains(m.staffId())).count(), members.size(),
                    0, 0, 0, 0, 0});
        });
        for (AssessmentSummary a : assessments) {
            String team = teamOf.containsKey(a.staffId()) ? teamOf.get(a.staffId()) : canonical.getOrDefault(key(a.teamName()), a.teamName());
            canonical.putIfAbsent(key(team), team);
            long[] row = counts.computeIfAbsent(key(team), k -> new long[7]);
            int column = column(a.status());
            row[column]++;
        }
        List<ProgressChart.Team> rows = counts.entrySet().stream().map(e -> {
            long[] n = e.getValue();
            return new ProgressChart.Team(canonical.get(e.getKey()), n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        }).toList();
        List<ProgressChart.Band> bands = c.scoreSheet().bands().stream()
                .sorted(Comparator.comparing(ScoreSheet.Band::min).reversed())
                .map(b -> new ProgressChart.Band(b.name(), assessments.stream()
                        .filter(a -> a.approved() && Objects.equals(b.code(), a.ratingCode())).count()))
                .toList();
        return new ProgressChart(c.schoolYear(), date, rows, bands);
    }

    /** Where a status is counted: the columns of the digest's self-assessment line. */
    private static int column(AssessmentStatus s) {
        return switch (s) {
            case DRAFT -> 2;
            case SUBMITTED, TEAM_REVIEWED -> 3;
            case RETURNED -> 4;
            case REVIEWED -> 5;
            case APPROVED -> 6;
        };
    }

    private static String key(String team) {
        return team == null ? "" : team.toLowerCase(Locale.ROOT);
    }
}
