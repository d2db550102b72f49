package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thiduabot.campaign.MoneyRules.BaseSalary;
import vn.thiduabot.campaign.MoneyRules.FormMultiples;

/**
 * Reads the money keys of the {@code commendation:} section: {@code base-salary} (one number, in force since
 * ever, or a dated list of {@code from:} / {@code amount:}), and {@code form-multiples} (per form, a multiple for
 * an individual and one for a collective). Problems are reported with file, line and key.
 */
final class MoneySection {

    private MoneySection() {
    }

    static List<BaseSalary> baseSalaries(YamlDoc doc, List<BaseSalary> fallback) {
        if (!doc.present()) {
            return fallback;
        }
        if (!doc.isList()) {
            Long single = wholeDong(doc);
            return single == null ? fallback : List.of(new BaseSalary(MoneyRules.SINCE_EVER, single));
        }
        List<BaseSalary> out = new ArrayList<>();
        LocalDate previous = null;
        for (YamlDoc item : doc.list()) {
            YamlDoc from = item.get("from");
            LocalDate date = from.date();
            Long amount = wholeDong(item.get("amount"));
            if (date != null && previous != null && !date.isAfter(previous)) {
                from.error("must come after the previous entry's date " + previous + " (list the base salaries by date, ascending)");
                continue;
            }
            if (date != null && amount != null) {
                out.add(new BaseSalary(date, amount));
                previous = date;
            }
        }
        return out.isEmpty() ? fallback : List.copyOf(out);
    }

    private static Long wholeDong(YamlDoc doc) {
        if (!doc.present()) {
            doc.error("is required: the base salary in dong, e.g. 2340000");
            return null;
        }
        BigDecimal v = doc.positiveNumber();
        if (v == null || v.signum() <= 0) {
            return null;
        }
        if (v.stripTrailingZeros().scale() > 0) {
            doc.error("must be a whole number of dong, e.g. 2340000");
            return null;
        }
        return v.longValueExact();
    }

    static Map<String, FormMultiples> formMultiples(YamlDoc doc, Set<String> formCodes, Map<String, FormMultiples> fallback) {
        if (!doc.present()) {
            return fallback;
        }
        Map<String, FormMultiples> out = new HashMap<>();
        for (String code : doc.keys()) {
            YamlDoc v = doc.get(code);
            if (!formCodes.contains(code)) {
                v.error("names form \"" + code + "\", which is not a form of this file");
                continue;
            }
            BigDecimal individual = multiple(v.get("individual"));
            BigDecimal collective = multiple(v.get("collective"));
            if (individual != null && collective != null) {
                out.put(code, new FormMultiples(individual, collective));
            }
        }
        return out;
    }

    private static BigDecimal multiple(YamlDoc doc) {
        BigDecimal n = doc.number();
        if (n != null && n.signum() < 0) {
            doc.error("must be 0 or more");
            return null;
        }
        return n;
    }
}
