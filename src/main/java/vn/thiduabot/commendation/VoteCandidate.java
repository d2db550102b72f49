package vn.thiduabot.commendation;

import java.math.BigDecimal;

/** A proposal that will be on the next vote: who or which team, the title, and the share it needs (percent). */
public record VoteCandidate(String subject, String titleCode, BigDecimal threshold) {
}
