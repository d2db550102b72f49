package vn.thiduabot.report;

import java.math.BigDecimal;
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
import vn.thiduabot.registration.RegistrationStatus;
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
        teams.forEach((team, members) -> teamSheet(sheets, c, in, team, members, byStaff));
        counts(sheets, c, in, scope, teams, byStaff);
        return new ReportFile(fileName(in), sheets.toBytes());
    }

    private static Sheets.Heading heading(Campaign c, Input in, String scope, String titleKey, ReportLabels l) {
        return new Sheets.Heading(scope, l.text(titleKey, c.schoolYear()),
                l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn())));
    }

    private static void individuals(Sheets sheets, Campaign c, Input in, String scope, List<RegistrationSummary> sent,
                                    Map<Long, StaffView> byId) {
        ReportLabels l = sheets.labels();
        Sheets.Table t = sheets.table(l.text("report.reg.sheet.individuals"), heading(c, in, scope, "report.reg.title.individuals", l),
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
        Sheets.Table t = sheets.table(l.text("report.reg.sheet.collectives"), heading(c, in, scope, "report.reg.title.collectives", l),
                List.of(Sheets.Column.number(l.text("report.col.no")), Sheets.Column.text(l.text("report.col.collective")),
                        Sheets.Column.text(l.text("report.col.title")), Sheets.Column.text(l.text("report.col.form")),
                        Sheets.Column.text(l.text("report.col.registered-by")), Sheets.Column.date(l.text("report.col.sent-on"))), 2);
        int no = 0;
        for (CollectiveRegistrationSummary r : rows) {
            t.row(++no, r.teamName(), r.titleName(), form(r.formName(), l), r.registeredByName(), r.submittedOn());
        }
        t.note(l.text("report.reg.total.collectives", String.valueOf(rows.size())));
        t.finish();
    }

    private static void initiatives(Sheets sheets, Campaign c, Input in, String scope, List<RegistrationSummary> sent,
                                    Map<Long, StaffView> byId) {
        ReportLabels l = sheets.labels();
        Sheets.Table t = sheets.table(l.text("report.reg.sheet.initiatives"), heading(c, in, scope, "report.reg.title.initiatives", l),
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

    private static void teamSheet(Sheets sheets, Campaign c, Input in, String team, List<StaffView> members,
                                  Map<Long, RegistrationSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.number(l.text("report.col.no")),
                Sheets.Column.text(l.text("report.col.name")), Sheets.Column.text(l.text("report.col.position")),
                Sheets.Column.text(l.text("report.col.status")), Sheets.Column.text(l.text("report.col.title")),
                Sheets.Column.text(l.text("report.col.form"))));
        for (Campaign.Target target : c.targets()) {
            columns.add(target.type() == Campaign.TargetType.TEXT ? Sheets.Column.wrap(target.name())
                    : target.type() == Campaign.TargetType.YES_NO ? Sheets.Column.text(target.name()) : Sheets.Column.number(target.name()));
        }
        columns.add(Sheets.Column.wrap(l.text("report.col.initiative")));
        Sheets.Table t = sheets.table(team, new Sheets.Heading(c.schoolName(), l.text("report.reg.title.team", team, c.schoolYear()),
                l.text("report.subtitle", c.schoolYear(), Sheets.date(in.madeOn()))), columns, 2);
        int no = 0;
        for (StaffView p : members) {
            RegistrationSummary r = byStaff.get(p.staffId());
            List<Object> row = new ArrayList<>(List.of(++no, p.fullName(), Positions.of(p.roles(), l)));
            row.add(status(r, l));
            row.add(r == null ? null : r.titleName());
            row.add(r == null || !r.formAnswered() ? null : form(r.formName(), l));
            for (Campaign.Target target : c.targets()) {
                row.add(r == null ? null : r.targets().stream().filter(a -> a.code().equals(target.code())).findFirst()
                        .map(a -> answer(a, l)).orElse(null));
            }
            row.add(r == null || !Boolean.TRUE.equals(r.hasInitiative()) ? null : initiative(r));
            t.row(row);
        }
        t.finish();
    }

    private static void counts(Sheets sheets, Campaign c, Input in, String scope, Map<String, List<StaffView>> teams,
                               Map<Long, RegistrationSummary> byStaff) {
        ReportLabels l = sheets.labels();
        List<Sheets.Column> columns = new ArrayList<>(List.of(Sheets.Column.text(l.text("report.col.team")),
                Sheets.Column.number(l.text("report.col.staff-count")), Sheets.Column.number(l.text("report.col.sent")),
                Sheets.Column.number(l.text("report.col.drafting")), Sheets.Column.number(l.text("report.col.not-started"))));
        List<Sheets.Group> groups = new ArrayList<>(List.of(new Sheets.Group(l.text("report.col.team"), 1),
                new Sheets.Group(l.text("report.col.staff-count"), 1), new Sheets.Group(l.text("report.reg.group.registration"), 3)));
        for (Campaign.Title title : c.individualTitles()) {
            columns.add(Sheets.Column.number(title.name()));
        }
        groups.add(new Sheets.Group(l.text("report.reg.group.titles"), c.individualTitles().size()));
        for (Campaign.CommendationForm f : c.forms()) {
            columns.add(Sheets.Column.number(f.name()));
        }
        columns.add(Sheets.Column.number(l.text("report.form.none")));
        groups.add(new Sheets.Group(l.text("report.reg.group.forms"), c.forms().size() + 1));
        columns.add(Sheets.Column.number(l.text("report.col.initiatives")));
        groups.add(new Sheets.Group(l.text("report.col.initiatives"), 1));
        Sheets.Table t = sheets.table(l.text("report.reg.sheet.counts"), heading(c, in, scope, "report.reg.title.counts", l),
                groups, columns, 1);
        long[] totals = new long[columns.size()];
        for (Map.Entry<String, List<StaffView>> e : teams.entrySet()) {
            List<RegistrationSummary> regs = e.getValue().stream().map(p -> byStaff.get(p.staffId())).toList();
            List<RegistrationSummary> sent = regs.stream().filter(r -> r != null && r.submitted()).toList();
            long drafting = regs.stream().filter(r -> r != null && r.status() == RegistrationStatus.DRAFT).count();
            List<Long> values = new ArrayList<>(List.of((long) e.getValue().size(), (long) sent.size(), drafting,
                    e.getValue().size() - sent.size() - drafting));
            for (Campaign.Title title : c.individualTitles()) {
                values.add(sent.stream().filter(r -> title.code().equals(r.titleCode())).count());
            }
            for (Campaign.CommendationForm f : c.forms()) {
                values.add(sent.stream().filter(r -> f.code().equals(r.formCode())).count());
            }
            values.add(sent.stream().filter(r -> r.formCode() == null).count());
            values.add(sent.stream().filter(r -> Boolean.TRUE.equals(r.hasInitiative())).count());
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            for (int i = 0; i < values.size(); i++) {
                totals[i + 1] += values.get(i);
                row.add(values.get(i));
            }
            t.row(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(l.text("report.total"));
        for (int i = 1; i < totals.length; i++) {
            total.add(totals[i]);
        }
        t.totalRow(total);
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

    private static String status(RegistrationSummary r, ReportLabels l) {
        if (r == null) {
            return l.text("report.reg.status.none");
        }
        if (r.submitted()) {
            return l.text("report.reg.status.sent", r.submittedOn() == null ? "" : Sheets.date(r.submittedOn()));
        }
        return l.text("report.reg.status.draft");
    }

    private static Object answer(RegistrationSummary.TargetAnswer a, ReportLabels l) {
        if (a.value() == null) {
            return null;
        }
        return switch (a.type()) {
            case NUMBER, PERCENT -> {
                try {
                    yield new BigDecimal(a.value());
                } catch (NumberFormatException e) {
                    yield a.value();
                }
            }
            case YES_NO -> "yes".equalsIgnoreCase(a.value()) ? l.text("report.yes") : l.text("report.no");
            case TEXT -> a.value();
        };
    }

    private static String initiative(RegistrationSummary r) {
        if (r.initiativeSubject() == null || r.initiativeSubject().isBlank()) {
            return r.initiativeTitle();
        }
        return r.initiativeTitle() + " (" + r.initiativeSubject() + ")";
    }

    private static String form(String formName, ReportLabels l) {
        return formName == null ? l.text("report.form.none") : formName;
    }

    private static boolean sameTeam(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static String teamKey(String team) {
        return team == null ? "\uffff" : team;
    }
}
