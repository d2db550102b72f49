package vn.thiduabot.report;

import java.util.List;

/**
 * The numbers behind the digest's chart, in the order they are drawn: per team, how many registered and how
 * many self-assessments are at each status; once any self-assessment is approved, how many approved scores
 * fall in each rating band. Pure data (no labels): the digest's text and the chart are both rendered from one
 * instance, so they cannot disagree.
 *
 * @param teams one row per team as the staff list orders them; a {@code null} name is the staff without a team
 * @param bands the rating bands from the highest to the lowest; empty until something is approved
 */
public record ProgressChart(String schoolYear, String date, List<Team> teams, List<Band> bands) {

    public ProgressChart {
        teams = List.copyOf(teams);
        bands = List.copyOf(bands);
    }

    /** The bars of the chart; each has a label key {@code chart.series.<name>}. */
    public enum Series {
        REGISTERED, NOT_REGISTERED, DRAFT, SUBMITTED, RETURNED, REVIEWED, APPROVED;

        public String messageKey() {
            return "chart.series." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        boolean registration() {
            return this == REGISTERED || this == NOT_REGISTERED;
        }
    }

    /**
     * One team: registration out of its members, and its self-assessments by status ({@code submitted}
     * counts those waiting for the team leader or the council, as the digest's text does).
     */
    public record Team(String name, long registered, long members, long draft, long submitted, long returned,
                       long reviewed, long approved) {

        public long value(Series s) {
            return switch (s) {
                case REGISTERED -> registered;
                case NOT_REGISTERED -> members - registered;
                case DRAFT -> draft;
                case SUBMITTED -> submitted;
                case RETURNED -> returned;
                case REVIEWED -> reviewed;
                case APPROVED -> approved;
            };
        }
    }

    /** A rating band (its configured name) and how many approved scores are in it. */
    public record Band(String name, long approved) { }

    /** True when the band distribution is drawn (and listed in the text): something was approved. */
    public boolean showsBands() {
        return bands.stream().anyMatch(b -> b.approved() > 0);
    }
}
