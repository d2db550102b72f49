package vn.thiduabot.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Role;
import vn.thiduabot.scoring.AssessmentQueries;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Which self-assessments wait for whom. A submission goes to its team leader first when the campaign
 * asks for a team review and the team has a linked leader other than the author (the rule scoring
 * applies when it is submitted); otherwise, and after the team review, it waits for the council.
 * Scoring's public API does not say which way a submission went, so this repeats the rule with
 * today's staff list: exact unless someone's role or team changed since they submitted.
 */
@Component
class ReviewQueues {

    private final AssessmentQueries assessments;
    private final StaffDirectory staff;

    ReviewQueues(AssessmentQueries assessments, StaffDirectory staff) {
        this.assessments = assessments;
        this.staff = staff;
    }

    /** The year's self-assessments with where each waits. */
    Snapshot of(Campaign c) {
        List<AssessmentSummary> all = assessments.forYear(c.schoolYear());
        Map<String, List<StaffView>> members = new HashMap<>();
        Map<Long, Stage> stage = new HashMap<>();
        for (AssessmentSummary a : all) {
            stage.put(a.assessmentId(), switch (a.status()) {
                case TEAM_REVIEWED -> Stage.COUNCIL;
                case REVIEWED -> Stage.PRINCIPAL;
                case SUBMITTED -> teamFirst(c, a, members) ? Stage.TEAM : Stage.COUNCIL;
                default -> Stage.NONE;
            });
        }
        return new Snapshot(all, stage);
    }

    private boolean teamFirst(Campaign c, AssessmentSummary a, Map<String, List<StaffView>> members) {
        if (!c.teamLeaderReviewsFirst() || a.teamName() == null) {
            return false;
        }
        return members.computeIfAbsent(a.teamName().toLowerCase(Locale.ROOT), t -> staff.teamMembers(a.teamName())).stream()
                .anyMatch(v -> v.has(Role.TEAM_LEADER) && v.linked() && v.staffId() != a.staffId());
    }

    enum Stage { NONE, TEAM, COUNCIL, PRINCIPAL }

    record Snapshot(List<AssessmentSummary> all, Map<Long, Stage> stage) {

        Stage stageOf(AssessmentSummary a) {
            return stage.getOrDefault(a.assessmentId(), Stage.NONE);
        }

        /** Waiting for the council, leaving out the reader's own (nobody reviews their own). */
        long forCouncil(long readerStaffId) {
            return all.stream().filter(a -> stageOf(a) == Stage.COUNCIL && a.staffId() != readerStaffId).count();
        }

        /** Waiting for this team leader's review. */
        long forTeamLeader(long leaderStaffId, String team) {
            return team == null ? 0 : all.stream()
                    .filter(a -> stageOf(a) == Stage.TEAM && a.staffId() != leaderStaffId && team.equalsIgnoreCase(a.teamName()))
                    .count();
        }

        long at(Stage s) {
            return all.stream().filter(a -> stageOf(a) == s).count();
        }

        long withStatus(AssessmentStatus status) {
            return all.stream().filter(a -> a.status() == status).count();
        }
    }
}
