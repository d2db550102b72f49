package vn.thiduabot.report.chat;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.report.ReportFile;
import vn.thiduabot.report.ReportService;

/**
 * /xuat (/export): the files for the Department, chosen with inline buttons. The secretary, the admin
 * and the principal get every file for the whole school; a team leader gets the registration summary
 * (and the score table) of their own team only. The file is made in the update's transaction when the
 * button is pressed and sent as a document whose caption says what it is and when it was made.
 * Roles are checked again on the press: a button outlives a change of roles.
 */
@Component
@Order(500)
class ExportDialog implements Command, ButtonAction<ExportDialog.FilePress> {

    /** The file a button of the menu makes. */
    sealed interface FilePress extends ButtonPayload permits Registration, Scores, Exemplars, Pledges { }

    /** The registration summary (of the whole school, or of the team leader's own team). */
    record Registration() implements FilePress { }

    /** The score table (of the whole school, or of the team leader's own team). */
    record Scores() implements FilePress { }

    /** Who signed the year's pledge and when (a list in the chat), for the whole school only. */
    record Pledges() implements FilePress { }

    /** The exemplars of one quarter, for the whole school only. */
    record Exemplars(int year, int quarter) implements FilePress {
        Exemplars {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter " + quarter + " is not 1..4");
            }
        }

        Exemplars(Quarter q) {
            this(q.year(), q.number());
        }
    }
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ReportService reports;
    private final Clock clock;
    private final PledgeListing pledges;

    ExportDialog(ReportService reports, Clock clock, PledgeListing pledges) {
        this.reports = reports;
        this.clock = clock;
        this.pledges = pledges;
    }

    @Override
    public List<String> names() {
        return List.of("xuat", "export");
    }

    @Override
    public String descriptionKey() {
        return "command.export";
    }

    @Override
    public String action() {
        return "report.file";
    }

    @Override
    public Class<FilePress> payloadType() {
        return FilePress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL, Role.TEAM_LEADER);
    }

    static boolean wholeSchool(Person u) {
        return u.has(Role.SECRETARY) || u.has(Role.ADMIN) || u.has(Role.PRINCIPAL);
    }

    /** The team whose rows a team leader may export; empty for the whole school or when they lead no team. */
    private static Optional<String> ownTeam(Person u) {
        return u.has(Role.TEAM_LEADER) && u.teamName() != null ? Optional.of(u.teamName()) : Optional.empty();
    }

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        Campaign c = reports.campaign();
        if (wholeSchool(u)) {
            Reply r = s.message("report.menu", c.schoolYear());
            r.buttonKey("report.button.registration", new Registration()).row();
            r.buttonKey("report.button.scores", new Scores()).row();
            Quarter current = reports.currentQuarter();
            r.button(s.text("report.button.exemplars", String.valueOf(current.number()), String.valueOf(current.year())),
                    new Exemplars(current)).row();
            for (Quarter q : reports.quarters()) {
                if (!q.equals(current)) {
                    r.button(s.text("report.button.quarter", String.valueOf(q.number()), String.valueOf(q.year())),
                            new Exemplars(q));
                }
            }
            if (pledges.offered(c)) {
                r.row().buttonKey("report.button.pledges", new Pledges());
            }
            if (PaperMakers.may(u)) {
                r.row().buttonKey("dept.button", new DepartmentPackageDialog.Make());
            }
            if (PaperMakers.may(u)) {
                r.row().buttonKey("papers.button", new PapersDialog.Make());
            }
            r.send();
            return;
        }
        Optional<String> team = ownTeam(u);
        if (team.isEmpty()) {
            s.reply("report.no-team-of-yours");
            return;
        }
        s.message("report.menu.team", c.schoolYear(), team.get())
                .buttonKey("report.button.registration", new Registration()).row()
                .buttonKey("report.button.scores", new Scores())
                .send();
    }

    @Override
    public void onPress(ChatSession s, FilePress press) {
        Person u = s.requireUser();
        boolean school = wholeSchool(u);
        Optional<String> team = school ? Optional.empty() : ownTeam(u);
        if (!school && team.isEmpty()) {
            s.reply("error.forbidden");
            return;
        }
        Campaign c = reports.campaign();
        String madeAt = ZonedDateTime.now(clock.withZone(c.zone())).format(MADE_AT);
        String scope = team.map(t -> s.text("report.caption.scope-team", t)).orElseGet(() -> s.text("report.caption.scope-school"));
        if (press instanceof Registration) {
            ReportFile f = reports.registrationSummary(team.orElse(null));
            send(s, f, s.text("report.caption.registration", c.schoolYear(), scope, madeAt));
        } else if (press instanceof Scores) {
            ReportFile f = reports.scoreTable(team.orElse(null));
            send(s, f, s.text("report.caption.scores", c.schoolYear(), scope, madeAt));
        } else if (press instanceof Pledges && school) {
            pledges.send(s, c);
        } else if (press instanceof Exemplars e && school) {
            Quarter q = new Quarter(e.year(), e.quarter());
            ReportFile f = reports.exemplars(q);
            send(s, f, s.text("report.caption.exemplars", String.valueOf(q.number()), String.valueOf(q.year()), madeAt));
        } else {
            s.reply("error.forbidden");
        }
    }

    private static void send(ChatSession s, ReportFile f, String caption) {
        s.literal(caption).attachNew(f.fileName(), f.content()).send();
        s.toast("report.toast.made");
    }
}
