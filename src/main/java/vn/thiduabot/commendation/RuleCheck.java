package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.commendation.Violation.Threshold;

/**
 * The decree's and the school's rules over a list of proposals, as pure functions of plain data
 * (no database): prerequisites of each title, the CSTĐCS quota, the collective titles' shares and
 * the council's vote. Every number comes from the campaign file's {@link CommendationRules}.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    /** The result of the council's vote on one proposal (from the latest closed vote that covered it). */
    public record VoteResult(String titleCode, int yes, int eligible, BigDecimal threshold, boolean passed) { }

    /**
     * Everything the rules read.
     *
     * @param people      facts of every person concerned (proposed, or a member of a proposed team), by staff id
     * @param teamMembers active members of each proposed team, by team name
     * @param votes       vote results by proposal id
     * @param teamCompletion each team's own completion level of the year, as the principal entered it, by team name
     */
    record Input(List<Proposal> proposals, Map<Long, PersonFacts> people, Map<String, List<Long>> teamMembers,
                 Map<Long, VoteResult> votes, Map<String, StaffRating> teamCompletion, Map<Long, List<String>> unmetTargets) {

        /** Without the year-end results (no required target known unmet). */
        Input(List<Proposal> proposals, Map<Long, PersonFacts> people, Map<String, List<Long>> teamMembers,
              Map<Long, VoteResult> votes, Map<String, StaffRating> teamCompletion) {
            this(proposals, people, teamMembers, votes, teamCompletion, Map.of());
        }

        /** Without the teams' completion levels (none entered yet). */
        Input(List<Proposal> proposals, Map<Long, PersonFacts> people, Map<String, List<Long>> teamMembers,
              Map<Long, VoteResult> votes) {
            this(proposals, people, teamMembers, votes, Map.of());
        }
    }

    static List<Violation> check(Campaign campaign, Input in) {
        CommendationRules rules = campaign.commendation();
        CommendationRules.TitleCodes codes = rules.codes();
        Set<String> advancedTitles = advancedTitles(campaign);
        List<Violation> out = new ArrayList<>();
        List<Proposal> individuals = in.proposals().stream().filter(Proposal::individual).toList();
        Map<Long, String> titleOf = individuals.stream().filter(p -> p.staffId() != null)
                .collect(Collectors.toMap(Proposal::staffId, Proposal::titleCode, (a, b) -> a));

        for (Proposal p : in.proposals()) {
            String title = campaign.title(p.titleCode()).map(Campaign.Title::name).orElse(p.titleCode());
            if (campaign.title(p.titleCode()).isEmpty()
                    || (p.individual() ? campaign.individualTitle(p.titleCode()) : campaign.collectiveTitle(p.titleCode())).isEmpty()) {
                out.add(Violation.of(p.id(), "commendation.rule.unknown-title", p.subjectName(), p.titleCode()));
                continue;
            }
            if (p.individual()) {
                if (advancedTitles.contains(p.titleCode())) { // a title the rules know nothing about: only its vote is checked
                    PersonRules.check(campaign, p, title, in.people().get(p.staffId()), out);
                }
                // Issue 13, campaign key require-targets-met: every required registered target met by its result.
                List<String> unmet = in.unmetTargets().getOrDefault(p.staffId(), List.of());
                if (rules.titleRules().requireTargetsMet() && !unmet.isEmpty()) {
                    out.add(Violation.of(p.id(), "commendation.rule.targets-not-met", p.subjectName(), title, String.join("; ", unmet)));
                }
            } else {
                collective(p, rules, in, titleOf, advancedTitles, out);
            }
            rules.voteThreshold(p.titleCode()).ifPresent(threshold -> {
                VoteResult v = in.votes().get(p.id());
                if (v == null || !v.titleCode().equals(p.titleCode())) {
                    out.add(Violation.of(p.id(), "commendation.rule.vote-missing", p.subjectName(), title));
                } else if (!v.passed()) {
                    String key = rules.titleRules().voteRule(p.titleCode()).moreThan()
                            ? "commendation.rule.vote-failed-more-than" : "commendation.rule.vote-failed";
                    out.add(Violation.of(p.id(), key, p.subjectName(), title, v.yes(), v.eligible(),
                            new Share(v.yes(), v.eligible()), new Threshold(v.threshold())));
                }
            });
        }

        // The CSTĐCS quota, over everyone reaching the LĐTT standard (proposed for LĐTT or for a title requiring it).
        long advanced = individuals.stream().filter(p -> advancedTitles.contains(p.titleCode())).count();
        long soldiers = individuals.stream().filter(p -> p.titleCode().equals(codes.emulationSoldier())).count();
        int max = rules.quotaFor((int) advanced);
        if (soldiers > max) {
            out.add(Violation.of(null, "commendation.rule.quota", soldiers, new Threshold(rules.quotaPercent()), advanced, max,
                    titleName(campaign, codes.emulationSoldier()), titleName(campaign, codes.advancedWorker())));
        }
        return out;
    }

    /** The advanced-worker title and every individual title that requires it (CSTĐCS). */
    static Set<String> advancedTitles(Campaign campaign) {
        String ldtt = campaign.commendation().codes().advancedWorker();
        Set<String> s = new java.util.HashSet<>();
        s.add(ldtt);
        campaign.individualTitles().stream().filter(t -> t.requires().contains(ldtt)).forEach(t -> s.add(t.code()));
        return s;
    }

    private static void collective(Proposal p, CommendationRules rules, Input in, Map<Long, String> titleOf,
                                   Set<String> advancedTitles, List<Violation> out) {
        CommendationRules.TitleCodes codes = rules.codes();
        boolean advancedTitle = p.titleCode().equals(codes.advancedCollective());
        boolean excellentTitle = p.titleCode().equals(codes.excellentCollective());
        if (!advancedTitle && !excellentTitle) {
            return;
        }
        List<Long> members = in.teamMembers().getOrDefault(p.teamName(), List.of());
        String team = p.subjectName();
        // The team's own completion level (Luật 2022 Art. 27, 28): well or better for TTLĐTT, excellently for TTLĐXS.
        StaffRating needed = excellentTitle ? StaffRating.HTXSNV : StaffRating.HTTNV;
        StaffRating level = in.teamCompletion().get(p.teamName());
        if (level == null) {
            out.add(Violation.of(p.id(), "commendation.rule.team-completion-missing", team, new Violation.Named(needed.messageKey())));
        } else if (!level.atLeast(needed)) {
            out.add(Violation.of(p.id(), "commendation.rule.team-completion-low", team, new Violation.Named(level.messageKey()),
                    new Violation.Named(needed.messageKey())));
        }
        if (members.isEmpty()) {
            out.add(Violation.of(p.id(), "commendation.rule.team-empty", team));
            return;
        }
        int n = members.size();
        int advanced = (int) members.stream().filter(m -> titleOf.containsKey(m) && advancedTitles.contains(titleOf.get(m))).count();
        Share share = new Share(advanced, n);
        if (advancedTitle && !share.moreThan(rules.advancedCollectiveMoreThanPercent())) {
            out.add(Violation.of(p.id(), "commendation.rule.collective-more-than", team, advanced, n, share,
                    new Threshold(rules.advancedCollectiveMoreThanPercent())));
        }
        if (excellentTitle) {
            int duties = (int) members.stream().map(in.people()::get).filter(f -> f != null && f.completesDuties()).count();
            Share dutyShare = new Share(duties, n);
            if (!dutyShare.atLeast(rules.excellentCollectiveDutiesPercent())) {
                out.add(Violation.of(p.id(), "commendation.rule.collective-duties", team, duties, n, dutyShare,
                        new Threshold(rules.excellentCollectiveDutiesPercent())));
            }
            if (!share.atLeast(rules.excellentCollectiveMinPercent())) {
                out.add(Violation.of(p.id(), "commendation.rule.collective-at-least", team, advanced, n, share,
                        new Threshold(rules.excellentCollectiveMinPercent())));
            }
            boolean soldier = members.stream().anyMatch(m -> codes.emulationSoldier().equals(titleOf.get(m)));
            if (!soldier) {
                out.add(Violation.of(p.id(), "commendation.rule.collective-no-soldier", team));
            }
        }
        // No member disciplined at the configured form (cảnh cáo in sector rules) or above: a per-title switch of the campaign file.
        rules.titleRules().collectiveDiscipline(p.titleCode()).ifPresent(from -> {
            List<String> disciplined = members.stream().map(in.people()::get)
                    .filter(f -> f != null && f.discipline() != null && f.discipline().atLeast(from))
                    .map(PersonFacts::name).toList();
            if (!disciplined.isEmpty()) {
                out.add(Violation.of(p.id(), "commendation.rule.collective-discipline", team, String.join(", ", disciplined),
                        new Violation.Named(from.messageKey())));
            }
        });
    }

    private static String titleName(Campaign c, String code) {
        return c.title(code).map(Campaign.Title::name).orElse(code);
    }
}
