package vn.thiduabot.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thiduabot.campaign.Campaign.Deadlines;

/**
 * The campaign's calendar as the file writes it, checked in the order the year runs: registrations
 * before the Department's submission, self-assessment opening before it closes, proposals not before
 * the self-assessments have closed. Each problem names its line and key through {@link YamlDoc}.
 */
final class CampaignDates {

    private CampaignDates() {
    }

    /** The tag that marks the timeline milestone on which the school sends its proposals. */
    static final String PROPOSALS_TAG = "proposals";
    /** The tag that marks the mid-year conference (sơ kết học kỳ I): the leaders get their teams' progress before it. */
    static final String MID_YEAR_TAG = "mid-year";

    /** Proposals rest on finished self-assessments: their milestone may not come before those close. */
    static void proposalMilestone(YamlDoc e, LocalDate date, Deadlines deadlines) {
        YamlDoc tag = e.get("tag");
        if (!tag.present()) {
            return;
        }
        String v = tag.text();
        if (MID_YEAR_TAG.equals(v)) {
            return;
        }
        if (!PROPOSALS_TAG.equals(v)) {
            tag.error("must be \"" + PROPOSALS_TAG + "\" (the milestone on which proposals are sent) or \"" + MID_YEAR_TAG
                    + "\" (the mid-year conference), not \"" + v + "\"");
            return;
        }
        LocalDate closes = deadlines.selfAssessmentCloses();
        if (date != null && closes != null && date.isBefore(closes)) {
            e.get("date").error("is a proposals milestone before self-assessment-closes (" + closes
                    + "): proposals need the finished self-assessments");
        }
    }

    static Deadlines deadlines(YamlDoc d) {
        LocalDate registration = d.get("registration").date();
        YamlDoc departmentDoc = d.get("department-submission");
        LocalDate department = departmentDoc.date();
        // The teams' registrations are summed up before the pledges go to the Department.
        if (registration != null && department != null && department.isBefore(registration)) {
            departmentDoc.error("is before registration: the registrations are collected first");
        }
        LocalDate opens = d.get("self-assessment-opens").date();
        YamlDoc closesDoc = d.get("self-assessment-closes");
        LocalDate closes = closesDoc.date();
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            closesDoc.error("must be after self-assessment-opens");
        }
        List<LocalDate> nominations = new ArrayList<>();
        for (YamlDoc n : d.get("nominations").list()) {
            LocalDate date = n.date();
            if (date != null) {
                nominations.add(date);
            }
        }
        nominations.sort(Comparator.naturalOrder());
        return new Deadlines(registration, department, opens, closes, List.copyOf(nominations));
    }
}
