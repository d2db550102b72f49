package vn.thiduabot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.staff.StaffView;

/**
 * The registration summary (tổng hợp đăng ký thi đua) in the layout of the forms schools send to the
 * Department: the individual list, the collective list, the planned initiatives, then one sheet per team
 * with each person's targets, and a sheet of counts. Only sent registrations are on the three lists;
 * the team sheets also show drafts and who has not started, so a team leader can chase them.
 */
public final class RegistrationWorkbook {

    /**
     * @param team          null for the whole school; a team name to keep only that team (a team leader's file)
     * @param staff         the active staff (people not on it are left out, e.g. who has left the school)
     * @param registrations the year's registrations, drafts included
     */
    public record Input(Campaign campaign, LocalDate madeOn, String team, List<StaffView> staff,
                        List<RegistrationSummary> registrations, List<CollectiveRegistrationSummary> collectives) { }

    private RegistrationWorkbook() { }

    public static String fileName(Input in) {
        return ReportFile.name("dang-ky-thi-dua", in.team(), in.campaign().schoolYear(), in.madeOn());
    }

    public static ReportFile build(Input in, ReportLabels l) {
        Campaign c = in.campaign();
        Comparator<String> byText = Sheets.collation();
        List<StaffView> people = in.staff().stream().filter(p -> in.team() == null || sameTeam(p.teamName(), in.team()))
                .sorted(Comparator.comparing(StaffView::fullName, byText)).toList();
        Map<Long, StaffView> byId = people.stream().collect(Collectors.toMap(StaffView::staffId, Function.identity(), (a, b) -> a));
        Map<Long, RegistrationSummary> byStaff = in.registrations().stream().filter(r -> byId.containsKey(r.staffId()))
                .collect(Collectors.toMap(RegistrationSummary::staffId, Function.identity(), (a, b) -> a));
        List<RegistrationSummary> sent = in.registrations().stream()
                .filter(r -> r.submitted() && byId.containsKey(r.staffId()))
                .sorted(Comparator.comparing((RegistrationSummary r) -> teamKey(byId.get(r.staffId()).teamName()), byText)
                        .thenComparing(r -> byId.get(r.staffId()).fullName(), byText))
                .toList();
        List<CollectiveRegistrationSummary> collectives = in.collectives().stream()
                .filter(t -> t.submitted() && (in.team() == null || sameTeam(t.teamName(), in.team())))
                .toList();
        String scope = in.team() == null ? c.schoolName() : l.text("report.scope.team", in.team(), c.schoolName());

        Sheets sheets = new Sheets(l);
        individuals(sheets, c, in, scope, sent, byId);
        collectives(sheets, c, in, scope, collectives);
        initiatives(sheets, c, in, scope, sent, byId);
        Map<String, List<StaffView>> teams = byTeam(people, l, byText);
        teams.forEach((team, members) -> RegistrationTeamSheet.write(sheets, c, in, team, members, byStaff));
        RegistrationCounts.write(sheets, c, heading(c, in, scope, "report.reg.title.counts", l), teams, byStaff);
        return new ReportFile(fileName(in), sheets.toBytes());
    }

    static Sheets.Heading heading(Campaign c, Input in, String scope, String titleKey, ReportLabels l) {
        return new Sheets.Heading(scope, l.text(titleKey, c.schoolYear()),
                l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn())));
    }

    private static void individuals(Sheets sheets, Campaign c, Input in, String scope, List<RegistrationSummary> sent,
                                    Map<Long, StaffView> byId) {
        ReportLabels l = sheets.labels();
        SheetTable t = sheets.table(l.text("report.reg.sheet.individuals"), heading(c, in, scope, "report.reg.title.individuals", l),
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.name")),
                        Sheets.Column.text(l.text("report.col.position-team")), Sheets.Column.text(l.text("report.col.title")),
                        Sheets.Column.text(l.text("report.col.form")), Sheets.Column.date(l.text("report.col.sent-on"))), 2);
        int no = 0;
        for (RegistrationSummary r : sent) {
            StaffView p = byId.get(r.staffId());
            t.row(++no, p.fullName(), Positions.withTeam(p.roles(), p.teamName(), l), r.titleName(), form(r.formName(), l), r.submittedOn());
        }
        t.note(l.text("report.reg.total.individuals", String.valueOf(sent.size())));
        t.finish();
    }

    private static void collectives(Sheets sheets, Campaign c, Input in, String scope, List<CollectiveRegistrationSummary> rows) {
        ReportLabels l = sheets.labels();
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.number(l.text("report.col.no")),
                Sheets.Column.text(l.text("report.col.collective")), Sheets.Column.text(l.text("report.col.title")),
                Sheets.Column.text(l.text("report.col.form")), Sheets.Column.text(l.text("report.col.registered-by")),
                Sheets.Column.date(l.text("report.col.sent-on"))));
        boolean teamTargets = !c.teamTargets().isEmpty(); // a campaign without team targets keeps the old columns
        if (teamTargets) {
            columns.add(Sheets.Column.wrap(l.text("report.col.team-targets")));
            columns.add(Sheets.Column.wrap(l.text("report.col.plan")));
        }
        SheetTable t = sheets.table(l.text("report.reg.sheet.collectives"), heading(c, in, scope, "report.reg.title.collectives", l),
                columns, 2);
        int no = 0;
        for (CollectiveRegistrationSummary r : rows) {
            if (teamTargets) {
                t.row(++no, r.teamName(), r.titleName(), form(r.formName(), l), r.registeredByName(), r.submittedOn(),
                        RegistrationTeamSheet.targetList(r.targets(), l), r.plan());
            } else {
                t.row(++no, r.teamName(), r.titleName(), form(r.formName(), l), r.registeredByName(), r.submittedOn());
            }
        }
        t.note(l.text("report.reg.total.collectives", String.valueOf(rows.size())));
        t.finish();
    }

    private static void initiatives(Sheets sheets, Campaign c, Input in, String scope, List<RegistrationSummary> sent,
                                    Map<Long, StaffView> byId) {
        ReportLabels l = sheets.labels();
        SheetTable t = sheets.table(l.text("report.reg.sheet.initiatives"), heading(c, in, scope, "report.reg.title.initiatives", l),
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.name")),
                        Sheets.Column.text(l.text("report.col.position-team")), Sheets.Column.text(l.text("report.col.title")),
                        Sheets.Column.wrap(l.text("report.col.initiative")), Sheets.Column.wrap(l.text("report.col.subject"))), 2);
        int no = 0;
        for (RegistrationSummary r : sent) {
            if (!Boolean.TRUE.equals(r.hasInitiative())) {
                continue;
            }
            StaffView p = byId.get(r.staffId());
            t.row(++no, p.fullName(), Positions.withTeam(p.roles(), p.teamName(), l), r.titleName(), r.initiativeTitle(), r.initiativeSubject());
        }
        t.note(l.text("report.reg.total.initiatives", String.valueOf(no)));
        t.finish();
    }

    /** Teams in alphabetical order, people without a team last. */
    private static Map<String, List<StaffView>> byTeam(List<StaffView> people, ReportLabels l, Comparator<String> byText) {
        Map<String, List<StaffView>> teams = new LinkedHashMap<>();
        people.stream().map(StaffView::teamName).filter(Objects::nonNull).distinct().sorted(byText).forEach(t -> teams.put(t, new ArrayList<>()));
        String none = l.text("report.no-team");
        for (StaffView p : people) {
            teams.computeIfAbsent(p.teamName() == null ? none : p.teamName(), k -> new ArrayList<>()).add(p);
        }
        return teams;
    }

    static String form(String formName, ReportLabels l) {
        return formName == null ? l.text("report.form.none") : formName;
    }

    private static boolean sameTeam(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static String teamKey(String team) {
        return team == null ? "\uffff" : team;
    }
}
