package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** One transition of a self-assessment: what, from which status to which, who, when, why, and the total then. */
public record HistoryEntry(EventAction action, AssessmentStatus from, AssessmentStatus to, long actorStaffId, String actorName,
                           Instant at, String reason, BigDecimal total) { }
