package vn.thiduabot.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One school year's emulation campaign, as the school wrote it in config/campaign-YYYY-YYYY.yml:
 * deadlines, titles and forms offered, registration targets, the score sheet and the year's timeline.
 * {@code place} is the locality the school's papers are dated from (the town or district), or null if not given.
 * {@code pledge} is the emulation pledge (giao ước thi đua) the teams and the principal sign, or null: no pledge that year.
 * {@code teamTargets} are the collective targets a team leader answers for the team (registration.team-targets),
 * of the same kinds as the individual ones; empty when the file lists none.
 */
public record Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                       List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                       List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                       List<TimelineEvent> timeline, CommendationRules commendation, String place, Pledge pledge,
                       List<Target> teamTargets) {

    /** A campaign without team targets (files without registration.team-targets). */
    public Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                    List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                    List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                    List<TimelineEvent> timeline, CommendationRules commendation, String place, Pledge pledge) {
        this(file, schoolName, schoolYear, zone, deadlines, individualTitles, collectiveTitles, forms, targets, scoreSheet,
                teamLeaderReviewsFirst, timeline, commendation, place, pledge, List.of());
    }

    /** A campaign without a pledge section (the bot offers no pledge that year). */
    public Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                    List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                    List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                    List<TimelineEvent> timeline, CommendationRules commendation, String place, List<Target> teamTargets) {
        this(file, schoolName, schoolYear, zone, deadlines, individualTitles, collectiveTitles, forms, targets, scoreSheet,
                teamLeaderReviewsFirst, timeline, commendation, place, null, teamTargets);
    }

    /** A campaign without a pledge section or team targets. */
    public Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                    List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                    List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                    List<TimelineEvent> timeline, CommendationRules commendation, String place) {
        this(file, schoolName, schoolYear, zone, deadlines, individualTitles, collectiveTitles, forms, targets, scoreSheet,
                teamLeaderReviewsFirst, timeline, commendation, place, null, List.of());
    }

    /** A campaign without a place name (the locality the school's papers are dated from). */
    public Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                    List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                    List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                    List<TimelineEvent> timeline, CommendationRules commendation) {
        this(file, schoolName, schoolYear, zone, deadlines, individualTitles, collectiveTitles, forms, targets, scoreSheet,
                teamLeaderReviewsFirst, timeline, commendation, null);
    }

    /** A campaign with the default commendation rules (files without a {@code commendation:} section). */
    public Campaign(String file, String schoolName, String schoolYear, ZoneId zone, Deadlines deadlines,
                    List<Title> individualTitles, List<Title> collectiveTitles, List<CommendationForm> forms,
                    List<Target> targets, ScoreSheet scoreSheet, boolean teamLeaderReviewsFirst,
                    List<TimelineEvent> timeline) {
        this(file, schoolName, schoolYear, zone, deadlines, individualTitles, collectiveTitles, forms, targets, scoreSheet,
                teamLeaderReviewsFirst, timeline, CommendationRules.defaults());
    }

    /** Deadlines are whole days: a deadline of 15/09 still accepts work on 15/09. */
    public record Deadlines(LocalDate registration, LocalDate departmentSubmission, LocalDate selfAssessmentOpens,
                            LocalDate selfAssessmentCloses, List<LocalDate> nominations) {

        public boolean registrationOpen(LocalDate today) {
            return !today.isAfter(registration);
        }

        public boolean selfAssessmentOpen(LocalDate today) {
            return !today.isBefore(selfAssessmentOpens) && !today.isAfter(selfAssessmentCloses);
        }
    }

    /** The emulation pledge (giao ước thi đua): its wording and the day it opens for signing. */
    public record Pledge(String text, LocalDate opens) { }

    /** The pledge of this year, if the file has one. */
    public Optional<Pledge> pledgeOffered() {
        return Optional.ofNullable(pledge);
    }

    /** A title (danh hiệu), e.g. LDTT (Lao động tiên tiến); {@code requires} names titles it builds on. */
    public record Title(String code, String name, String notes, List<String> requires, boolean collective) { }

    /** A form of commendation (hình thức khen thưởng), e.g. Giấy khen, Bằng khen. */
    public record CommendationForm(String code, String name) { }

    /** A registration target (chỉ tiêu) a person commits to. */
    public record Target(String code, String name, TargetType type, boolean required) { }

    public enum TargetType { NUMBER, PERCENT, TEXT, YES_NO }

    /** A dated item of the year's plan (the seed plan's appendix), announced to everyone. */
    /**
     * A milestone of the year's plan. {@code tag} marks the ones the bot acts on: {@code proposals} (the proposals are
     * sent), {@code mid-year} (the mid-year conference, sơ kết học kỳ I, before which leaders get their teams' progress);
     * null for the others.
     */
    public record TimelineEvent(LocalDate date, String title, String tag) {

        public TimelineEvent(LocalDate date, String title) {
            this(date, title, null);
        }

        public boolean midYear() {
            return CampaignDates.MID_YEAR_TAG.equals(tag);
        }
    }

    public Optional<Title> individualTitle(String code) {
        return individualTitles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Title> collectiveTitle(String code) {
        return collectiveTitles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A title of either kind by its code. */
    public Optional<Title> title(String code) {
        return individualTitle(code).or(() -> collectiveTitle(code));
    }

    public Optional<CommendationForm> form(String code) {
        return forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A collective target the team leader answers for the team. */
    public Optional<Target> teamTarget(String code) {
        return teamTargets.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
