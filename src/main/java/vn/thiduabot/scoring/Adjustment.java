package vn.thiduabot.scoring;

import java.math.BigDecimal;

/** A reviewer's change to one item's score, with the mandatory reason: {@code from} is the column before. */
public record Adjustment(String itemCode, String itemName, Stage stage, BigDecimal from, BigDecimal to, String reason,
                         Long byStaffId, String byName) { }
