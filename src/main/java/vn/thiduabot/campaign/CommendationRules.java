package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decree's and the school's rules for commendation (khen thưởng), from the optional
 * {@code commendation:} section of a campaign file. Every share is a percentage (15 means 15%).
 * When the section or a key is absent the defaults of DOMAIN.md apply (see {@link #defaults()}).
 *
 * @param baseSalary        the latest base salary (lương cơ sở) of {@code money}, in VND per month
 * @param awardMultiples    award money per title code, as a multiple of the base salary; a title not
 *                          listed carries no money
 * @param codes             which title codes of the file play the roles the rules speak of
 * @param quotaPercent      CSTĐCS proposals may not exceed this share of those reaching LĐTT, rounded
 *                          DOWN to whole people (15% of 7 = 1.05, so at most 1)
 * @param advancedCollectiveMoreThanPercent  Tập thể LĐTT: strictly MORE than this share of members LĐTT
 * @param excellentCollectiveMinPercent      Tập thể LĐXS: at least this share of members LĐTT
 * @param excellentCollectiveDutiesPercent   Tập thể LĐXS: at least this share of members completing their duties
 * @param voteThresholds    title code to the share of ALL council members who must agree; a title
 *                          listed here needs the council's vote
 * @param ratingFromBand    score-sheet band code to the staff rating suggested from an approved score
 * @param substituteDecider the phone number of the person who decides the principal's own cases (a deputy
 *                          principal or the council chair), as written in the file; null when none is named
 * @param money             the award money rules: dated base salaries, title and form multiples, rounding
 *                          ({@code baseSalary} and {@code awardMultiples} are its latest salary and its titles)
 * @param titleRules        discipline, vote comparison and service rules a school may set (see {@link TitleRules})
 */
public record CommendationRules(long baseSalary, Map<String, BigDecimal> awardMultiples, TitleCodes codes,
                                BigDecimal quotaPercent, BigDecimal advancedCollectiveMoreThanPercent,
                                BigDecimal excellentCollectiveMinPercent, BigDecimal excellentCollectiveDutiesPercent,
                                Map<String, BigDecimal> voteThresholds, Map<String, StaffRating> ratingFromBand,
                                String substituteDecider, MoneyRules money, TitleRules titleRules) {

    public static final long DEFAULT_BASE_SALARY = 2_340_000L;

    public CommendationRules {
        awardMultiples = Map.copyOf(awardMultiples);
        voteThresholds = Map.copyOf(voteThresholds);
        ratingFromBand = Map.copyOf(ratingFromBand);
        titleRules = titleRules == null ? TitleRules.DEFAULT : titleRules;
        money = money == null ? sinceEver(baseSalary, awardMultiples) : money;
    }

    /** The rules with the default {@link TitleRules}. */
    public CommendationRules(long baseSalary, Map<String, BigDecimal> awardMultiples, TitleCodes codes, BigDecimal quotaPercent,
                             BigDecimal advancedCollectiveMoreThanPercent, BigDecimal excellentCollectiveMinPercent,
                             BigDecimal excellentCollectiveDutiesPercent, Map<String, BigDecimal> voteThresholds,
                             Map<String, StaffRating> ratingFromBand, String substituteDecider, MoneyRules money) {
        this(baseSalary, awardMultiples, codes, quotaPercent, advancedCollectiveMoreThanPercent, excellentCollectiveMinPercent,
                excellentCollectiveDutiesPercent, voteThresholds, ratingFromBand, substituteDecider, money, TitleRules.DEFAULT);
    }

    /** The rules with one base salary in force since ever, the default form multiples and the default {@link TitleRules}. */
    public CommendationRules(long baseSalary, Map<String, BigDecimal> awardMultiples, TitleCodes codes, BigDecimal quotaPercent,
                             BigDecimal advancedCollectiveMoreThanPercent, BigDecimal excellentCollectiveMinPercent,
                             BigDecimal excellentCollectiveDutiesPercent, Map<String, BigDecimal> voteThresholds,
                             Map<String, StaffRating> ratingFromBand, String substituteDecider) {
        this(baseSalary, awardMultiples, codes, quotaPercent, advancedCollectiveMoreThanPercent, excellentCollectiveMinPercent,
                excellentCollectiveDutiesPercent, voteThresholds, ratingFromBand, substituteDecider, null, TitleRules.DEFAULT);
    }

    private static MoneyRules sinceEver(long baseSalary, Map<String, BigDecimal> awardMultiples) {
        return new MoneyRules(List.of(new MoneyRules.BaseSalary(MoneyRules.SINCE_EVER, baseSalary)), awardMultiples,
                MoneyRules.defaults().formMultiples());
    }

    /** The rules without a substitute decider. */
    public CommendationRules(long baseSalary, Map<String, BigDecimal> awardMultiples, TitleCodes codes, BigDecimal quotaPercent,
                             BigDecimal advancedCollectiveMoreThanPercent, BigDecimal excellentCollectiveMinPercent,
                             BigDecimal excellentCollectiveDutiesPercent, Map<String, BigDecimal> voteThresholds,
                             Map<String, StaffRating> ratingFromBand) {
        this(baseSalary, awardMultiples, codes, quotaPercent, advancedCollectiveMoreThanPercent, excellentCollectiveMinPercent,
                excellentCollectiveDutiesPercent, voteThresholds, ratingFromBand, null);
    }

    /** Who decides the principal's own cases, if the file names someone. */
    public Optional<String> substitute() {
        return Optional.ofNullable(substituteDecider);
    }

    /**
     * The title codes the rules know: LĐTT (advanced worker), CSTĐCS (grassroots emulation soldier),
     * Tập thể lao động tiên tiến and Tập thể lao động xuất sắc.
     */
    public record TitleCodes(String advancedWorker, String emulationSoldier, String advancedCollective,
                             String excellentCollective) {

        public static final TitleCodes DEFAULT = new TitleCodes("LDTT", "CSTDCS", "TTLDTT", "TTLDXS");
    }

    /**
     * DOMAIN.md's defaults: money as {@link MoneyRules#defaults()} (0.3 / 1.0 / 0.8 / 1.5 times the dated base
     * salary); 15%; 50% / 70% / 100%; votes 50% and 75%.
     */
    public static CommendationRules defaults() {
        MoneyRules money = MoneyRules.defaults();
        return new CommendationRules(money.latestBaseSalary(), money.titleMultiples(),
                TitleCodes.DEFAULT, new BigDecimal("15"), new BigDecimal("50"), new BigDecimal("70"), new BigDecimal("100"),
                Map.of("LDTT", new BigDecimal("50"), "CSTDCS", new BigDecimal("75")),
                Map.of("A", StaffRating.HTXSNV, "B", StaffRating.HTTNV, "C", StaffRating.HTNV, "D", StaffRating.KHTNV), null, money);
    }

    /** The most CSTĐCS proposals allowed for this many people reaching LĐTT: the share rounded down. */
    public int quotaFor(int advancedWorkers) {
        return BigDecimal.valueOf(advancedWorkers).multiply(quotaPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    public boolean needsVote(String titleCode) {
        return voteThresholds.containsKey(titleCode);
    }

    public Optional<BigDecimal> voteThreshold(String titleCode) {
        return Optional.ofNullable(voteThresholds.get(titleCode));
    }

    public Set<String> votedTitles() {
        return voteThresholds.keySet();
    }

    /** Award money of one proposal of this title at the latest base salary, rounded up to 10,000 đ ({@link MoneyRules#amount}). */
    public long awardFor(String titleCode) {
        return money.titleMultiple(titleCode).map(m -> MoneyRules.amount(m, money.latestBaseSalary())).orElse(0L);
    }
}
