package vn.thiduabot.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.OpenRegistration;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The registration deadline: D-7, D-3 and D-1 at 08:00 everyone on the active staff list who has not
 * sent their registration gets a reminder with a button that opens /dangky; each team leader gets,
 * in the same message, who in the team has not sent (and whether the team's collective title is
 * still missing). On the deadline day at 17:00 the secretaries get the final summary.
 */
@Component
class RegistrationReminders {

    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final ReminderTexts texts;

    RegistrationReminders(StaffDirectory staff, RegistrationQueries registrations, ReminderTexts texts) {
        this.staff = staff;
        this.registrations = registrations;
        this.texts = texts;
    }

    /** Active staff by team name (null for no team), teams alphabetically, then those without a team. */
    Map<String, List<StaffView>> byTeam(List<StaffView> people) {
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        for (String t : staff.teamNames()) {
            teams.put(t, new ArrayList<>());
        }
        for (StaffView p : people) {
            teams.computeIfAbsent(p.teamName(), k -> new ArrayList<>()).add(p);
        }
        return teams;
    }

    Set<String> teamsWithCollective(String schoolYear) {
        return registrations.collectiveForYear(schoolYear).stream()
                .filter(CollectiveRegistrationSummary::submitted)
                .map(t -> t.teamName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    @Component
    static class Due implements ReminderAudience {
        private final RegistrationReminders r;

        Due(RegistrationReminders r) {
            this.r = r;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.REGISTRATION_DUE;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            Set<Long> sent = r.registrations.staffWhoSubmitted(c.schoolYear());
            Set<String> collective = r.teamsWithCollective(c.schoolYear());
            List<StaffView> people = r.staff.activeStaff();
            Map<String, List<StaffView>> teams = r.byTeam(people);
            for (StaffView p : people) {
                if (p.linkedPerson().isEmpty()) {
                    continue;
                }
                Person u = p.linkedPerson().get();
                boolean owes = !sent.contains(p.staffId());
                List<String> parts = new ArrayList<>();
                if (owes) {
                    parts.add(r.texts.text(u, "reminder.registration.due", c.schoolYear(), ReminderTexts.date(o.deadline()),
                            r.texts.daysLeft(u.locale(), c, o.deadline())));
                }
                if (p.has(Role.TEAM_LEADER) && p.teamName() != null) {
                    String team = teamPart(u, p, teams.getOrDefault(p.teamName(), List.of()), sent,
                            collective.contains(p.teamName().toLowerCase(Locale.ROOT)), o, c);
                    if (team != null) {
                        parts.add(team);
                    }
                }
                if (parts.isEmpty()) {
                    continue; // nothing left to do: not reminded
                }
                List<String> messages = ReminderTexts.chunks(List.of(String.join("\n\n", parts).split("\n", -1)), ReminderTexts.MAX_MESSAGE);
                deliveries.sendTexts(u, messages, owes
                        ? new ReminderChannel.Button("reminder.registration.button", new OpenRegistration())
                        : null);
            }
        }

        /** The team's missing names for its leader (the leader's own name left out), or null if nothing is missing. */
        private String teamPart(Person leader, StaffView me, List<StaffView> members, Set<Long> sent, boolean collectiveSent,
                                ReminderOccurrence o, Campaign c) {
            List<StaffView> missing = members.stream()
                    .filter(m -> m.staffId() != me.staffId() && !sent.contains(m.staffId()))
                    .toList();
            if (missing.isEmpty() && collectiveSent) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            if (missing.isEmpty()) {
                lines.add(r.texts.text(leader, "reminder.registration.team-complete", me.teamName()));
            } else {
                lines.add(r.texts.text(leader, "reminder.registration.team", me.teamName(), String.valueOf(missing.size()),
                        String.valueOf(members.size()), ReminderTexts.date(o.deadline())));
                for (StaffView m : missing) {
                    lines.add(r.texts.text(leader, m.linked() ? "reminder.line" : "reminder.line-not-linked", m.fullName()));
                }
            }
            if (!collectiveSent) {
                lines.add(r.texts.text(leader, "reminder.registration.team-collective"));
            }
            lines.add(r.texts.text(leader, "reminder.registration.team-footer"));
            return String.join("\n", lines);
        }
    }

    @Component
    static class FinalSummary implements ReminderAudience {
        private final RegistrationReminders r;

        FinalSummary(RegistrationReminders r) {
            this.r = r;
        }

        @Override
        public ReminderKind kind() {
            return ReminderKind.REGISTRATION_FINAL_SUMMARY;
        }

        @Override
        public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
            Set<Long> sent = r.registrations.staffWhoSubmitted(c.schoolYear());
            Set<String> collective = r.teamsWithCollective(c.schoolYear());
            List<StaffView> people = r.staff.activeStaff();
            Map<String, List<StaffView>> teams = r.byTeam(people);
            for (Person u : r.staff.linkedWithRole(Role.SECRETARY)) {
                deliveries.sendTexts(u, ReminderTexts.chunks(summary(u.locale(), o, c, people, teams, sent, collective),
                        ReminderTexts.MAX_MESSAGE), null);
            }
        }

        private List<String> summary(Locale l, ReminderOccurrence o, Campaign c, List<StaffView> people,
                                     Map<String, List<StaffView>> teams, Set<Long> sent, Set<String> collective) {
            long sentCount = people.stream().filter(p -> sent.contains(p.staffId())).count();
            List<String> lines = new ArrayList<>();
            lines.add(r.texts.text(l, "reminder.registration.final.header", c.schoolYear(), ReminderTexts.date(o.deadline()),
                    String.valueOf(sentCount), String.valueOf(people.size())));
            String noTeam = r.texts.text(l, "staff.no-team");
            teams.forEach((team, members) -> lines.add(r.texts.text(l, "reminder.team-count", team == null ? noTeam : team,
                    String.valueOf(members.stream().filter(m -> sent.contains(m.staffId())).count()),
                    String.valueOf(members.size()))));
            List<String> teamNames = teams.keySet().stream().filter(t -> t != null).toList();
            List<String> noCollective = teamNames.stream().filter(t -> !collective.contains(t.toLowerCase(Locale.ROOT))).toList();
            lines.add(r.texts.text(l, "reminder.registration.final.collective",
                    String.valueOf(teamNames.size() - noCollective.size()), String.valueOf(teamNames.size()),
                    noCollective.isEmpty() ? "" : r.texts.text(l, "reminder.registration.final.collective-missing",
                            String.join(", ", noCollective))));
            lines.add("");
            if (sentCount == people.size()) {
                lines.add(r.texts.text(l, "reminder.registration.final.all-sent"));
            } else {
                lines.add(r.texts.text(l, "reminder.registration.final.missing", String.valueOf(people.size() - sentCount)));
                teams.forEach((team, members) -> {
                    List<StaffView> missing = members.stream().filter(m -> !sent.contains(m.staffId())).toList();
                    if (!missing.isEmpty()) {
                        lines.add(r.texts.text(l, "reminder.team-heading", team == null ? noTeam : team, String.valueOf(missing.size())));
                        missing.forEach(m -> lines.add(r.texts.text(l, "reminder.line", m.fullName())));
                    }
                });
            }
            lines.add("");
            lines.add(r.texts.text(l, "reminder.registration.final.footer"));
            return lines;
        }
    }
}
