package vn.thiduabot.registration;

import vn.thiduabot.campaign.Campaign.TargetType;

/**
 * One registered target beside its year-end result, for any screen that compares them (the person's /ketqua, the
 * council's review, /trangthai, the rule check). Values are stored ones ({@link TargetInput}); {@code result} is
 * null until entered.
 */
public record TargetResult(String code, String name, TargetType type, boolean required, String target, String result,
                           TargetOutcome.Verdict verdict) {
}
