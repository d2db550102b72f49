package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The school's score sheet (bảng điểm): sections of criteria with a maximum each, bonus items
 * (capped in total), penalty items, and rating bands that map the final total to a rating.
 */
public record ScoreSheet(List<Section> sections, List<Criterion> bonus, BigDecimal bonusCap, List<Criterion> penalties,
                         List<Band> bands) {

    public record Section(String code, String name, BigDecimal max, List<Criterion> criteria) { }

    public enum Kind { CRITERION, BONUS, PENALTY }

    /** One line of the sheet. For a penalty, {@code max} is the most that can be deducted. */
    public record Criterion(String code, String name, String description, BigDecimal max, boolean evidenceRequired,
                            Kind kind, String sectionCode) { }

    /** Totals from {@code min} up (to the next band) get this rating. */
    public record Band(BigDecimal min, String code, String name) { }

    /** The section criteria in order, then bonus items, then penalty items: the order of the self-assessment. */
    public List<Criterion> allItems() {
        List<Criterion> all = new ArrayList<>(sections.stream().flatMap(s -> s.criteria().stream()).toList());
        all.addAll(bonus);
        all.addAll(penalties);
        return all;
    }

    public List<Criterion> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public Optional<Criterion> item(String code) {
        return allItems().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The highest possible total without bonus (e.g. 100). */
    public BigDecimal maxTotal() {
        return sections.stream().map(Section::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Total = section scores + bonus (capped at bonusCap) − penalties, never below 0.
     * Items without a score count as 0.
     */
    public BigDecimal total(Map<String, BigDecimal> scores) {
        BigDecimal base = sum(criteria().stream(), scores);
        BigDecimal plus = sum(bonus.stream(), scores).min(bonusCap);
        BigDecimal minus = sum(penalties.stream(), scores);
        return base.add(plus).subtract(minus).max(BigDecimal.ZERO);
    }

    public BigDecimal sectionTotal(Section section, Map<String, BigDecimal> scores) {
        return sum(section.criteria().stream(), scores);
    }

    public BigDecimal bonusTotal(Map<String, BigDecimal> scores) {
        return sum(bonus.stream(), scores).min(bonusCap);
    }

    public BigDecimal penaltyTotal(Map<String, BigDecimal> scores) {
        return sum(penalties.stream(), scores);
    }

    /** The rating band for a total: the band with the highest minimum not above it. */
    public Band bandFor(BigDecimal total) {
        return bands.stream()
                .filter(b -> b.min().compareTo(total) <= 0)
                .max((a, b) -> a.min().compareTo(b.min()))
                .orElse(bands.get(bands.size() - 1));
    }

    private static BigDecimal sum(Stream<Criterion> items, Map<String, BigDecimal> scores) {
        return items.map(c -> scores.getOrDefault(c.code(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
