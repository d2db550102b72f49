package vn.thiduabot.commendation;

import java.time.LocalDate;
import java.util.List;
import vn.thiduabot.campaign.Campaign;

/**
 * What the year-end papers share: the campaign (school, year, town), the closed vote whose tally they state,
 * the list's proposals it passed (and those whose title takes no vote), the award money as the minutes show it, the chair (the
 * principal) and the council's secretary, and the day the papers were made.
 */
record PaperSet(Campaign campaign, VoteView vote, List<Passed> passed, AwardMoney money, String chair, String secretary,
                LocalDate today) {

    /**
     * A proposal of the list the papers carry: one the council passed at its last vote on it (with its tally), or one
     * whose title the campaign does not put to the vote ({@code vote} null, e.g. a collective title).
     */
    record Passed(String subject, boolean individual, Long staffId, String titleCode, String title, String form,
                  RuleCheck.VoteResult vote) {

        /** The tally as the minutes' table states it: yes/members (percentage); or that the title takes no vote. */
        String tally(vn.thiduabot.chat.Texts texts) {
            if (vote == null) {
                return texts.get(MinutesDocument.VI, "papers.letter.no-vote");
            }
            return texts.get(MinutesDocument.VI, "commendation.minutes.tally", String.valueOf(vote.yes()), String.valueOf(vote.eligible()),
                    new Share(vote.yes(), vote.eligible()).format(MinutesDocument.VI, vote.threshold()));
        }
    }

    List<Passed> individuals() {
        return passed.stream().filter(Passed::individual).toList();
    }

    List<Passed> collectives() {
        return passed.stream().filter(p -> !p.individual()).toList();
    }

    List<Passed> withForm() {
        return passed.stream().filter(p -> p.form() != null).toList();
    }
}
