package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules;

/**
 * The expected award money (tiền thưởng) of a list of proposals: per title, multiple × base salary ×
 * number of proposals, in the campaign file's order of titles. Titles without a multiple carry none.
 */
record AwardMoney(List<Line> lines, long total, long baseSalary) {

    record Line(String titleCode, String titleName, int count, BigDecimal multiple, long each, long subtotal) { }

    static AwardMoney of(Campaign campaign, List<Proposal> proposals) {
        CommendationRules rules = campaign.commendation();
        Map<String, Integer> counts = new LinkedHashMap<>();
        campaign.individualTitles().forEach(t -> counts.put(t.code(), 0));
        campaign.collectiveTitles().forEach(t -> counts.put(t.code(), 0));
        proposals.forEach(p -> counts.merge(p.titleCode(), 1, Integer::sum));
        List<Line> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            BigDecimal multiple = rules.awardMultiples().get(e.getKey());
            if (e.getValue() == 0 || multiple == null) {
                continue;
            }
            long each = rules.awardFor(e.getKey());
            long subtotal = each * e.getValue();
            total += subtotal;
            lines.add(new Line(e.getKey(), campaign.title(e.getKey()).map(Campaign.Title::name).orElse(e.getKey()), e.getValue(),
                    multiple, each, subtotal));
        }
        return new AwardMoney(List.copyOf(lines), total, rules.baseSalary());
    }
}
