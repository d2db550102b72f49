package vn.thiduabot.campaign;

import java.util.Locale;
import java.util.Optional;

/**
 * The yearly staff rating (xếp loại viên chức) that titles depend on, best first: completes duties
 * excellently (HTXSNV), well (HTTNV), completes them (HTNV), does not complete them (KHTNV).
 */
public enum StaffRating {
    HTXSNV, HTTNV, HTNV, KHTNV;

    /** True if this rating is the other one or better. */
    public boolean atLeast(StaffRating other) {
        return ordinal() <= other.ordinal();
    }

    /** Key of the rating's display name, e.g. {@code commendation.rating.httnv}. */
    public String messageKey() {
        return "commendation.rating." + name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the code in any case, e.g. "httnv". */
    public static Optional<StaffRating> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (StaffRating r : values()) {
            if (r.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
