package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the title rules a school may set differently from the 2022 law (Luật Thi đua, khen
 * thưởng 06/2022/QH15), read from the campaign file's {@code commendation:} section.
 *
 * @param advancedWorkerBlockingDiscipline an individual disciplined at this form or heavier in the
 *                          year does not reach LĐTT (and so not CSTĐCS); default khiển trách
 * @param collectiveDisciplineClause collective title code to the discipline form from which one member
 *                          disciplined keeps the team from that title; a title not listed has no such
 *                          clause (the 2022 law's criteria contain none; many sector rules add one)
 * @param voteRules         title code to how its vote threshold is compared and over whom
 * @param minServiceMonths  months of service in the school year a person needs for LĐTT; 0 = no minimum
 * @param requireTargetsMet an individual title needs every required registered target met by its year-end
 *                          result (issue 13, key {@code require-targets-met}); off by default
 */
public record TitleRules(Discipline advancedWorkerBlockingDiscipline, Map<String, Discipline> collectiveDisciplineClause,
                         Map<String, VoteRule> voteRules, int minServiceMonths, boolean requireTargetsMet) {

    /** Without the targets-met requirement (off). */
    public TitleRules(Discipline advancedWorkerBlockingDiscipline, Map<String, Discipline> collectiveDisciplineClause,
                      Map<String, VoteRule> voteRules, int minServiceMonths) {
        this(advancedWorkerBlockingDiscipline, collectiveDisciplineClause, voteRules, minServiceMonths, false);
    }

    public TitleRules {
        collectiveDisciplineClause = Map.copyOf(collectiveDisciplineClause);
        voteRules = Map.copyOf(voteRules);
    }

    /** Khiển trách blocks LĐTT; no collective discipline clause; every vote "at least", over all members. */
    public static final TitleRules DEFAULT = new TitleRules(Discipline.REPRIMAND, Map.of(), Map.of(), 0);

    /** How a title's vote threshold is read; a title not listed uses {@link VoteRule#DEFAULT}. */
    public VoteRule voteRule(String titleCode) {
        return voteRules.getOrDefault(titleCode, VoteRule.DEFAULT);
    }

    /** The discipline form from which a member keeps the team from this collective title, if the title has that clause. */
    public Optional<Discipline> collectiveDiscipline(String titleCode) {
        return Optional.ofNullable(collectiveDisciplineClause.get(titleCode));
    }

    /**
     * How a vote threshold is compared: more than (quá bán is strictly more than 50%) or at least,
     * and over all council members or over the members minus the candidate (a member voting on
     * their own proposal does not count).
     */
    public record VoteRule(boolean moreThan, boolean excludeCandidate) {

        /** At least the threshold, over all council members (DOMAIN.md: the share is over all members). */
        public static final VoteRule DEFAULT = new VoteRule(false, false);

        /**
         * Whether {@code yes} agreeing votes pass, in a council of {@code members} of whom
         * {@code candidateIsMember} says whether the proposal's own subject sits on it.
         */
        public boolean passes(int yes, int members, boolean candidateIsMember, BigDecimal thresholdPercent) {
            int base = base(members, candidateIsMember);
            if (base <= 0) {
                return false;
            }
            int cmp = BigDecimal.valueOf(yes).multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(base)));
            return moreThan ? cmp > 0 : cmp >= 0;
        }

        /** The number the share is counted over. */
        public int base(int members, boolean candidateIsMember) {
            return members - (excludeCandidate && candidateIsMember ? 1 : 0);
        }
    }
}
