package vn.thiduabot.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thiduabot.campaign.Campaign.Title;
import vn.thiduabot.campaign.TitleRules.VoteRule;

/**
 * Reads the {@link TitleRules} keys of the {@code commendation:} section; every key is optional.
 * Problems are reported with file, line and key like the rest of the file.
 */
final class TitleRulesSection {

    static final String COMPARE_MORE_THAN = "more-than";
    static final String COMPARE_AT_LEAST = "at-least";
    static final String OF_ALL = "all-members";
    static final String OF_NON_CANDIDATES = "members-except-candidate";

    private TitleRulesSection() {
    }

    static TitleRules parse(YamlDoc doc, Set<String> titleCodes, List<Title> collective) {
        TitleRules d = TitleRules.DEFAULT;
        Discipline blocking = discipline(doc.get("advanced-worker-blocking-discipline"), d.advancedWorkerBlockingDiscipline());

        Map<String, Discipline> clause = new HashMap<>(d.collectiveDisciplineClause());
        YamlDoc clauseDoc = doc.get("collective-discipline-clause");
        if (clauseDoc.present()) {
            clause.clear();
            for (String code : clauseDoc.keys()) {
                YamlDoc v = clauseDoc.get(code);
                if (collective.stream().noneMatch(t -> t.code().equals(code))) {
                    v.error("names \"" + code + "\", which is not a collective title of this file");
                    continue;
                }
                Discipline level = discipline(v, null);
                if (level != null) {
                    clause.put(code, level);
                }
            }
        }

        Map<String, VoteRule> votes = new HashMap<>();
        YamlDoc thresholds = doc.get("vote-thresholds");
        for (String code : thresholds.present() ? thresholds.keys() : List.<String>of()) {
            YamlDoc v = thresholds.get(code);
            if (!v.section() || !titleCodes.contains(code)) {
                continue; // a plain number: at least, over all members (CommendationSection reports unknown codes)
            }
            if (!v.get("percent").present()) {
                v.get("percent").error("is required when the threshold is written as a section");
            }
            String compare = v.get("compare").text(COMPARE_AT_LEAST);
            if (!COMPARE_AT_LEAST.equals(compare) && !COMPARE_MORE_THAN.equals(compare)) {
                v.get("compare").error("must be " + COMPARE_MORE_THAN + " or " + COMPARE_AT_LEAST + ", not \"" + compare + "\"");
            }
            String of = v.get("of").text(OF_ALL);
            if (!OF_ALL.equals(of) && !OF_NON_CANDIDATES.equals(of)) {
                v.get("of").error("must be " + OF_ALL + " or " + OF_NON_CANDIDATES + ", not \"" + of + "\"");
            }
            votes.put(code, new VoteRule(COMPARE_MORE_THAN.equals(compare), OF_NON_CANDIDATES.equals(of)));
        }

        int months = d.minServiceMonths();
        YamlDoc monthsDoc = doc.get("min-service-months");
        if (monthsDoc.present()) {
            java.math.BigDecimal n = monthsDoc.number();
            if (n != null) {
                if (n.signum() < 0 || n.compareTo(java.math.BigDecimal.valueOf(12)) > 0 || n.stripTrailingZeros().scale() > 0) {
                    monthsDoc.error("must be a whole number of months from 0 to 12, not " + n.toPlainString());
                } else {
                    months = n.intValueExact();
                }
            }
        }
        YamlDoc targetsDoc = doc.get("require-targets-met");
        boolean targetsMet = targetsDoc.present() && "true".equalsIgnoreCase(String.valueOf(targetsDoc.text()).strip());
        if (targetsDoc.present() && !targetsMet && !"false".equalsIgnoreCase(String.valueOf(targetsDoc.text()).strip())) {
            targetsDoc.error("must be true or false, not \"" + targetsDoc.text() + "\"");
        }
        return new TitleRules(blocking, clause, votes, months, targetsMet);
    }

    /** A discipline form written as its code: reprimand, warning, removal or dismissal. */
    private static Discipline discipline(YamlDoc doc, Discipline fallback) {
        if (!doc.present()) {
            return fallback;
        }
        String v = doc.text();
        Discipline d = Discipline.parse(v == null ? null : v.replace('-', '_')).orElse(null);
        if (d == null || d == Discipline.NONE) {
            doc.error("must be one of reprimand, warning, removal, dismissal, not \""
                    + v + "\"");
            return fallback;
        }
        return d;
    }
}
