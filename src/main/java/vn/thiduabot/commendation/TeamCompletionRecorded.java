package vn.thiduabot.commendation;

import vn.thiduabot.campaign.StaffRating;

/**
 * A proposed team's own completion level of the year was recorded, by the principal or, for the
 * principal's own team, by the substitute decider.
 */
public record TeamCompletionRecorded(long proposalId, String schoolYear, String teamName, StaffRating level, long byStaffId) { }
