package vn.thiduabot.commendation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.campaign.TitleRules;

/**
 * The individual titles' rules (Luật Thi đua, khen thưởng 2022, Art. 23 and 24): LĐTT needs an
 * OFFICIAL rating of "completes duties well" or better, no discipline at the configured form or
 * heavier, and the configured minimum service in the school year; CSTĐCS needs LĐTT plus an
 * excellent rating, a recognised initiative or research with its acceptance decision.
 */
final class PersonRules {

    private PersonRules() {
    }

    static void check(Campaign campaign, Proposal p, String title, PersonFacts f, List<Violation> out) {
        CommendationRules rules = campaign.commendation();
        TitleRules law = rules.titleRules();
        if (f == null || f.rating() == null) {
            out.add(Violation.of(p.id(), "commendation.rule.no-rating", p.subjectName(), title));
        } else if (!f.ratingConfirmed()) {
            out.add(Violation.of(p.id(), "commendation.rule.rating-unconfirmed", p.subjectName(), title, new Violation.Named(f.rating().messageKey())));
        } else if (!f.rating().atLeast(StaffRating.HTTNV)) {
            out.add(Violation.of(p.id(), "commendation.rule.rating-too-low", p.subjectName(), title, new Violation.Named(f.rating().messageKey())));
        }
        if (f != null && f.discipline() != null && f.discipline().atLeast(law.advancedWorkerBlockingDiscipline())) {
            out.add(Violation.of(p.id(), "commendation.rule.person-discipline", p.subjectName(), title,
                    new Violation.Named(f.discipline().messageKey()), new Violation.Named(law.advancedWorkerBlockingDiscipline().messageKey())));
        }
        if (f != null && law.minServiceMonths() > 0 && f.startDate() != null) {
            long months = serviceMonths(campaign.schoolYear(), f.startDate());
            if (months < law.minServiceMonths()) {
                out.add(Violation.of(p.id(), "commendation.rule.service-too-short", p.subjectName(), title,
                        f.startDate(), months, law.minServiceMonths()));
            }
        }
        if (p.titleCode().equals(rules.codes().emulationSoldier())) {
            boolean excellent = f != null && f.rating() == StaffRating.HTXSNV && f.ratingConfirmed();
            if (!excellent && (f == null || (!f.recognisedInitiative() && !f.acceptedResearch()))) {
                if (f != null && present(f.initiativeName())) {
                    out.add(Violation.of(p.id(), "commendation.rule.initiative-unrecognised", p.subjectName(), f.initiativeName()));
                } else if (f != null && present(f.researchName())) {
                    out.add(Violation.of(p.id(), "commendation.rule.research-unaccepted", p.subjectName(), f.researchName()));
                } else {
                    out.add(Violation.of(p.id(), "commendation.rule.soldier-no-achievement", p.subjectName(), title));
                }
            }
        }
    }

    /**
     * Whole months served in the school year "2026-2027", which runs from 01/09/2026 up to (not
     * including) 01/09/2027; a start before 01/09/2026 counts the whole year (12). Starting on
     * 01/11/2026 gives 10 months; on 02/11/2026, 9.
     */
    static long serviceMonths(String schoolYear, LocalDate start) {
        int first = Integer.parseInt(schoolYear.substring(0, 4));
        LocalDate opens = LocalDate.of(first, 9, 1);
        LocalDate ends = opens.plusYears(1);
        LocalDate from = start.isBefore(opens) ? opens : start;
        return from.isBefore(ends) ? ChronoUnit.MONTHS.between(from, ends) : 0;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

}
