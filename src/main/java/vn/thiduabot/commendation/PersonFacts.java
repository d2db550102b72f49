package vn.thiduabot.commendation;

import vn.thiduabot.campaign.Discipline;
import java.time.LocalDate;
import vn.thiduabot.campaign.StaffRating;

/**
 * What the rules need to know about one person in one school year: the staff rating (null while
 * unknown) and whether it is official, discipline, a recognised initiative (name and recognition
 * decision), an accepted research project (name, acceptance decision number and date) and the day
 * the person started work at the school (null: before this school year).
 */
public record PersonFacts(long staffId, String name, String team, StaffRating rating, RatingSource ratingSource,
                   Discipline discipline, String initiativeName, String initiativeDecision, String researchName,
                   String researchDecision, LocalDate researchDate, LocalDate startDate) {

    /**
     * Where the rating comes from: SCORE is only suggested from the approved score band; SECRETARY is
     * the official rating, set or confirmed by the secretary or the principal.
     */
    public enum RatingSource { SCORE, SECRETARY }

    /** Facts without an acceptance decision for research and without a start date. */
    PersonFacts(long staffId, String name, String team, StaffRating rating, RatingSource ratingSource, Discipline discipline,
                String initiativeName, String initiativeDecision, String researchName) {
        this(staffId, name, team, rating, ratingSource, discipline, initiativeName, initiativeDecision, researchName, null, null, null);
    }

    static PersonFacts unknown(long staffId, String name, String team) {
        return new PersonFacts(staffId, name, team, null, null, Discipline.NONE, null, null, null);
    }

    /** The rating counts for titles only once it is official (confirmed), not while it is a suggestion. */
    boolean ratingConfirmed() {
        return rating != null && ratingSource == RatingSource.SECRETARY;
    }

    /** An initiative counts only once its recognition decision is recorded. */
    boolean recognisedInitiative() {
        return present(initiativeName) && present(initiativeDecision);
    }

    /** Research counts only with its acceptance decision: number and date. */
    boolean acceptedResearch() {
        return present(researchName) && present(researchDecision) && researchDate != null;
    }

    /** Completes their duties by the OFFICIAL rating (a suggestion from the score does not count yet). */
    boolean completesDuties() {
        return ratingConfirmed() && rating.atLeast(StaffRating.HTNV);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
