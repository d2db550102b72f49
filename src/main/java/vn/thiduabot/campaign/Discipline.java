package vn.thiduabot.campaign;

import java.util.Locale;

/**
 * A disciplinary measure of the year for public-service staff (kỷ luật viên chức, Luật Viên chức
 * 2010 Art. 52 as amended 2019), lightest first: none, reprimand (khiển trách), warning (cảnh cáo),
 * removal from post (cách chức), dismissal (buộc thôi việc). Salary demotion (hạ bậc lương) is a
 * form for civil servants (công chức) only and is no longer offered; see {@link #fromStored}.
 */
public enum Discipline {
    NONE, REPRIMAND, WARNING, REMOVAL, DISMISSAL;


    /** True if this measure is the other one or heavier. */
    public boolean atLeast(Discipline other) {
        return compareTo(other) >= 0;
    }

    public String messageKey() {
        return "commendation.discipline." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored value. An old "DEMOTION" (hạ bậc lương, heavier than a warning, lighter than a
     * removal) is read as WARNING, so it still blocks every title a warning blocks and is shown as a
     * form that exists for viên chức; the secretary may correct it. An unknown value is read as
     * WARNING too, rather than silently as no discipline.
     */
    public static Discipline fromStored(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        for (Discipline d : values()) {
            if (d.name().equals(value.trim())) {
                return d;
            }
        }
        return WARNING;
    }

    /** Accepts the name in any case, e.g. "reprimand"; empty when it is no form. */
    public static java.util.Optional<Discipline> parse(String value) {
        for (Discipline d : values()) {
            if (value != null && d.name().equalsIgnoreCase(value.trim())) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
