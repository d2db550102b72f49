package vn.thiduabot.report.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.report.DepartmentPackage;
import vn.thiduabot.report.ReportService;

/**
 * The Department package button of /xuat: the secretary (or the principal) gets ONE .zip for the 10/10 deadline
 * (registration summary, signed pledges, blank score sheet, cover letter); its message says what is still missing,
 * or that everything is there. The role is checked again on every press, from the stored roles.
 */
@Component
class DepartmentPackageDialog implements ButtonAction<DepartmentPackageDialog.Make> {

    /** Make the Department package. */
    record Make() implements ButtonPayload { }


    private final DepartmentPackage packages;
    private final ReportService reports;

    DepartmentPackageDialog(DepartmentPackage packages, ReportService reports) {
        this.packages = packages;
        this.reports = reports;
    }

    @Override
    public String action() {
        return "report.department";
    }

    @Override
    public Class<Make> payloadType() {
        return Make.class;
    }

    @Override
    public Set<Role> roles() {
        return PaperMakers.ROLES;
    }

    @Override
    public void onPress(ChatSession s, Make press) {
        Person u = s.requireUser();
        if (!PaperMakers.may(u)) {
            s.reply("error.forbidden");
            return;
        }
        DepartmentPackage.Package p = packages.build();
        List<String> lines = new ArrayList<>();
        lines.add(s.text("dept.caption", p.schoolYear(), Texts.date(reports.campaign().deadlines().departmentSubmission()),
                String.valueOf(p.entries().size())));
        lines.addAll(status(s, p.missing()));
        s.literal(String.join("\n", lines)).attachNew(p.fileName(), p.zip()).send();
        s.toast("report.toast.made");
    }

    /** The status line(s): everything there, or each thing still missing. */
    static List<String> status(ChatSession s, DepartmentPackage.Missing m) {
        if (m.nothing()) {
            return List.of(s.text("dept.status.complete"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(s.text("dept.status.missing-header"));
        if (!m.pledgeOffered()) {
            lines.add(s.text("dept.status.no-pledge"));
        } else if (!m.unsigned().isEmpty()) {
            lines.add(s.text("dept.status.unsigned", m.unsigned().stream()
                    .map(p -> p.isSchool() ? s.text("pledge.party.school") : s.text("pledge.party.team", p.teamName()))
                    .collect(Collectors.joining(", "))));
        }
        if (m.staffWithout() > 0) {
            lines.add(s.text("dept.status.staff-without", String.valueOf(m.staffWithout()), String.valueOf(m.staff())));
        }
        if (!m.teamsWithout().isEmpty()) {
            lines.add(s.text("dept.status.teams-without", String.join(", ", m.teamsWithout())));
        }
        return lines;
    }
}
