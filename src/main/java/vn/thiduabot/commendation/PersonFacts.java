package vn.thiduabot.commendation;

import vn.thiduabot.campaign.StaffRating;

/**
 * What the rules need to know about one person in one school year: the staff rating (null while
 * unknown), discipline, a recognised initiative (name and recognition decision) and an accepted
 * research project.
 */
record PersonFacts(long staffId, String name, String team, StaffRating rating, RatingSource ratingSource,
                   Discipline discipline, String initiativeName, String initiativeDecision, String researchName) {

    enum RatingSource { SCORE, SECRETARY }

    static PersonFacts unknown(long staffId, String name, String team) {
        return new PersonFacts(staffId, name, team, null, null, Discipline.NONE, null, null, null);
    }

    /** An initiative counts only once its recognition decision is recorded. */
    boolean recognisedInitiative() {
        return present(initiativeName) && present(initiativeDecision);
    }

    boolean acceptedResearch() {
        return present(researchName);
    }

    boolean completesDuties() {
        return rating != null && rating.atLeast(StaffRating.HTNV);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
