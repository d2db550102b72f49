package vn.thiduabot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.pledge.PledgeBoard;
import vn.thiduabot.pledge.PledgeParty;
import vn.thiduabot.pledge.PledgeService;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.staff.StaffDirectory;

/**
 * The package for the Department's 10/10 deadline, as ONE .zip: the registration summary (with the team targets and
 * plans), the signed pledges (left out when the campaign has no pledge), the campaign's score sheet as a blank form,
 * and the school's cover letter listing what is enclosed. With it, what is still missing: the parties that have not
 * signed the pledge, how many active staff have not sent a registration, the teams without a collective registration.
 */
@Service
public class DepartmentPackage {

    /**
     * What is still missing; everything is there when all lists are empty, the count is zero and the pledge is offered.
     *
     * @param pledgeOffered false when the campaign has no pledge (the file is left out)
     * @param unsigned      the parties that have not signed the pledge (teams, then the school)
     */
    public record Missing(boolean pledgeOffered, List<PledgeParty> unsigned, long staffWithout, long staff, List<String> teamsWithout) {

        public boolean nothing() {
            return pledgeOffered && unsigned.isEmpty() && staffWithout == 0 && teamsWithout.isEmpty();
        }
    }

    /** The finished package: the .zip, its file name, the names of its entries (in order) and what is missing. */
    public record Package(String schoolYear, String fileName, byte[] zip, List<String> entries, Missing missing) { }

    private final ReportService reports;
    private final PledgeService pledges;
    private final RegistrationQueries registrations;
    private final StaffDirectory staff;
    private final Texts texts;

    DepartmentPackage(ReportService reports, PledgeService pledges, RegistrationQueries registrations, StaffDirectory staff,
                      Texts texts) {
        this.reports = reports;
        this.pledges = pledges;
        this.registrations = registrations;
        this.staff = staff;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public Package build() {
        Campaign c = reports.campaign();
        LocalDate today = reports.today();
        Optional<PledgeBoard> board = pledges.board(c);
        List<ReportFile> files = new ArrayList<>();
        List<String> enclosed = new ArrayList<>();
        files.add(reports.registrationSummary(null));
        enclosed.add(PledgeDocument.t(texts, "dept.enclosure.registration", c.schoolYear()));
        board.ifPresent(b -> {
            files.add(new ReportFile("cam-ket-thi-dua_" + c.schoolYear() + ".docx", PledgeDocument.write(texts, c, b, today)));
            enclosed.add(PledgeDocument.t(texts, "dept.enclosure.pledge", String.valueOf(b.signed().size()),
                    String.valueOf(b.entries().size())));
        });
        files.add(BlankScoreSheet.build(c, today, ReportLabels.vietnamese()));
        enclosed.add(PledgeDocument.t(texts, "dept.enclosure.sheet", c.schoolYear()));
        files.add(0, new ReportFile("cong-van-gui-so_" + c.schoolYear() + ".docx", DepartmentLetter.write(texts, c, today, enclosed)));
        String name = "ho-so-gui-so_" + c.schoolYear() + "_" + today + ".zip";
        return new Package(c.schoolYear(), name, zip(files), files.stream().map(ReportFile::fileName).toList(), missing(c, board));
    }

    private Missing missing(Campaign c, Optional<PledgeBoard> board) {
        List<PledgeParty> unsigned = board.map(b -> b.missing().stream().map(PledgeBoard.Entry::party).toList()).orElse(List.of());
        Set<Long> sent = registrations.staffWhoSubmitted(c.schoolYear());
        List<Long> active = staff.activeStaff().stream().map(v -> v.staffId()).toList();
        long without = active.stream().filter(id -> !sent.contains(id)).count();
        Set<String> collective = registrations.collectiveForYear(c.schoolYear()).stream()
                .filter(CollectiveRegistrationSummary::submitted)
                .map(t -> t.teamName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> teamsWithout = staff.teamNames().stream().filter(t -> !collective.contains(t.toLowerCase(Locale.ROOT))).toList();
        return new Missing(board.isPresent(), unsigned, without, active.size(), teamsWithout);
    }

    private static byte[] zip(List<ReportFile> files) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ReportFile f : files) {
                z.putNextEntry(new ZipEntry(f.fileName()));
                z.write(f.content());
                z.closeEntry();
            }
            z.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
