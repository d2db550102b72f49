package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** The team leader finished the team's review with this team total; the council reviews next. */
public record AssessmentTeamReviewed(long assessmentId, long ownerStaffId, SelfAssessment.Transition transition, long actorStaffId,
                                     String actorName, Instant at, BigDecimal total) implements AssessmentChanged { }
