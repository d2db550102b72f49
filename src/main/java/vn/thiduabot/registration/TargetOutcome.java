package vn.thiduabot.registration;

import java.math.BigDecimal;
import vn.thiduabot.campaign.Campaign.TargetType;

/**
 * Whether a year-end result meets the registered target (both stored by {@link TargetInput}'s rule of the type).
 * The rule (issue 13, the plan's comparison of "what was achieved" with "what was registered"):
 * <ul>
 *   <li>NUMBER and PERCENT: met when result &gt;= target (85 against 85 is met, 84.9 is not);</li>
 *   <li>YES_NO: met when the target is "yes" and the result is "yes"; a "no" target commits to nothing, so any
 *       result meets it;</li>
 *   <li>TEXT: not comparable: the result is shown, with no verdict.</li>
 * </ul>
 * No result yet (null) gives {@link Verdict#PENDING}.
 */
public final class TargetOutcome {

    public enum Verdict { MET, NOT_MET, NOT_COMPARABLE, PENDING }

    private TargetOutcome() {
    }

    public static Verdict met(TargetType type, String target, String result) {
        if (type == TargetType.TEXT) {
            return Verdict.NOT_COMPARABLE;
        }
        if (result == null || target == null) {
            return target == null ? Verdict.NOT_COMPARABLE : Verdict.PENDING;
        }
        return switch (type) {
            case NUMBER, PERCENT -> new BigDecimal(result).compareTo(new BigDecimal(target)) >= 0 ? Verdict.MET : Verdict.NOT_MET;
            case YES_NO -> !TargetInput.YES.equals(target) || TargetInput.YES.equals(result) ? Verdict.MET : Verdict.NOT_MET;
            case TEXT -> Verdict.NOT_COMPARABLE;
        };
    }
}
