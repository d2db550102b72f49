package vn.thiduabot.commendation;

/**
 * One line of the year's list of proposals: a person (staffId) or a team (teamName) proposed for a
 * title, with an optional form of commendation.
 */
public record Proposal(long id, String schoolYear, Kind kind, Long staffId, String teamName, String subjectName,
                String titleCode, String formCode) {

    public enum Kind { INDIVIDUAL, COLLECTIVE }

    public boolean individual() {
        return kind == Kind.INDIVIDUAL;
    }
}
