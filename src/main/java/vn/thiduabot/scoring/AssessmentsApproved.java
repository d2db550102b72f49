package vn.thiduabot.scoring;

import java.util.List;

/**
 * One decision of the principal approved these self-assessments (one card, or a whole team at once):
 * the council members who passed them hear once per decision, not once per submission.
 */
public record AssessmentsApproved(List<Long> assessmentIds, long deciderStaffId, String deciderName) {

    public AssessmentsApproved {
        assessmentIds = List.copyOf(assessmentIds);
    }
}
