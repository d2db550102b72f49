package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thiduabot.campaign.Campaign.Title;
import vn.thiduabot.campaign.CommendationRules.TitleCodes;

/**
 * Reads the optional {@code commendation:} section of a campaign file; every key is optional and
 * falls back to {@link CommendationRules#defaults()}. Problems are reported like the rest of the file.
 */
final class CommendationSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CommendationSection() {
    }

    static CommendationRules parse(YamlDoc doc, List<Title> individual, List<Title> collective, ScoreSheet sheet,
                                   Set<String> formCodes) {
        CommendationRules d = CommendationRules.defaults();
        if (!doc.present()) {
            return d;
        }
        Set<String> titleCodes = new HashSet<>();
        individual.forEach(t -> titleCodes.add(t.code()));
        collective.forEach(t -> titleCodes.add(t.code()));

        MoneyRules dm = d.money();
        List<MoneyRules.BaseSalary> salaries = MoneySection.baseSalaries(doc.get("base-salary"), dm.baseSalaries());
        Map<String, BigDecimal> multiples = doc.get("award-multiples").present()
                ? codeMap(doc.get("award-multiples"), titleCodes, false) : d.awardMultiples();
        MoneyRules money = new MoneyRules(salaries, multiples,
                MoneySection.formMultiples(doc.get("form-multiples"), formCodes, dm.formMultiples()));

        TitleCodes codes = d.codes();
        YamlDoc codesDoc = doc.get("title-codes");
        if (codesDoc.present()) {
            codes = new TitleCodes(code(codesDoc.get("advanced-worker"), codes.advancedWorker(), individual),
                    code(codesDoc.get("emulation-soldier"), codes.emulationSoldier(), individual),
                    code(codesDoc.get("advanced-collective"), codes.advancedCollective(), collective),
                    code(codesDoc.get("excellent-collective"), codes.excellentCollective(), collective));
        }
        BigDecimal quota = percent(doc.get("emulation-soldier-quota-percent"), d.quotaPercent());
        BigDecimal advanced = percent(doc.get("advanced-collective-more-than-percent"), d.advancedCollectiveMoreThanPercent());
        BigDecimal excellent = percent(doc.get("excellent-collective-min-advanced-percent"), d.excellentCollectiveMinPercent());
        BigDecimal duties = percent(doc.get("excellent-collective-duties-percent"), d.excellentCollectiveDutiesPercent());
        Map<String, BigDecimal> thresholds = doc.get("vote-thresholds").present()
                ? codeMap(doc.get("vote-thresholds"), titleCodes, true) : d.voteThresholds();

        Map<String, StaffRating> ratings = new HashMap<>(d.ratingFromBand());
        YamlDoc ratingDoc = doc.get("rating-from-band");
        if (ratingDoc.present()) {
            ratings.clear();
            Set<String> bands = new HashSet<>();
            sheet.bands().forEach(b -> bands.add(b.code()));
            for (String band : ratingDoc.keys()) {
                YamlDoc v = ratingDoc.get(band);
                if (!bands.contains(band)) {
                    v.error("names band \"" + band + "\", which is not a band of score-sheet.bands");
                }
                StaffRating r = v.enumValue(StaffRating.class, null);
                if (r != null) {
                    ratings.put(band, r);
                }
            }
        }
        return new CommendationRules(money.latestBaseSalary(), multiples, codes, quota, advanced, excellent, duties, thresholds,
                ratings, substitute(doc.get(SUBSTITUTE_KEY)), money, TitleRulesSection.parse(doc, titleCodes, collective));
    }

    /** The key naming who decides the principal's own cases. */
    static final String SUBSTITUTE_KEY = "substitute-decider";

    /** A phone number as people write it: digits, an optional leading +, spaces, dots, dashes or brackets. */
    private static String substitute(YamlDoc doc) {
        if (!doc.present()) {
            return null;
        }
        String v = doc.text();
        if (v == null) {
            return null;
        }
        String digits = v.replaceAll("[\\s.\\-()]", "");
        if (!digits.matches("\\+?\\d{9,13}")) {
            doc.error("must be the phone number of a staff member (e.g. 0912 345 678), not \"" + v + "\"");
            return null;
        }
        return v;
    }

    /** A map of title code to a number: multiples are 0 or more, thresholds are percentages. */
    private static Map<String, BigDecimal> codeMap(YamlDoc doc, Set<String> titleCodes, boolean percent) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (String code : doc.keys()) {
            YamlDoc v = doc.get(code);
            if (!titleCodes.contains(code)) {
                v.error("names title \"" + code + "\", which is not a title of this file");
                continue;
            }
            BigDecimal n = percent ? percent(v.section() ? v.get("percent") : v, null) : v.number();
            if (n == null) {
                continue;
            }
            if (!percent && n.signum() < 0) {
                v.error("must be 0 or more");
                continue;
            }
            out.put(code, n);
        }
        return out;
    }

    private static String code(YamlDoc doc, String fallback, List<Title> titles) {
        if (!doc.present()) {
            return fallback;
        }
        String c = doc.text();
        if (c != null && titles.stream().noneMatch(t -> t.code().equals(c))) {
            doc.error("names \"" + c + "\", which is not a " + (titles.stream().anyMatch(Title::collective) ? "collective" : "individual")
                    + " title of this file");
        }
        return c == null ? fallback : c;
    }

    /** A share written as a percentage: more than 0 and at most 100. */
    static BigDecimal percent(YamlDoc doc, BigDecimal fallback) {
        if (!doc.present()) {
            return fallback;
        }
        BigDecimal n = doc.number();
        if (n == null) {
            return fallback;
        }
        if (n.signum() <= 0 || n.compareTo(HUNDRED) > 0) {
            doc.error("must be a percentage greater than 0 and at most 100, not " + n.toPlainString());
            return fallback;
        }
        return n;
    }
}
