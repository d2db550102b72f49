package vn.thiduabot.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.CommendationRules.TitleCodes;
import vn.thiduabot.people.Names;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationQueries;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The year-end papers the council sends the principal once it has voted: the cover letter (tờ trình), the minutes
 * of the meeting, one achievement report per person the council passed for Lao động tiên tiến or Chiến sĩ thi đua
 * cơ sở, and the draft decision, in one .zip. Figures come from the year's last closed vote (the tally) and from the
 * award money the minutes show; nothing is recounted here. Read-only: any front end may ask for it.
 */
@Service
public class YearEndPapers {

    /** The package and, apart, each candidate's own report (to send to them). */
    public record Papers(String schoolYear, long voteId, String fileName, byte[] zip, List<Report> reports) { }

    /** One candidate's achievement report. */
    public record Report(long staffId, String name, String title, String fileName, byte[] content) { }

    private final Commendations service;
    private final CommendationStore store;
    private final VoteResultService results;
    private final StaffDirectory staff;
    private final RegistrationQueries registrations;
    private final CoverLetterDocument letter;
    private final AchievementReportDocument report;
    private final DecisionDraftDocument decision;

    YearEndPapers(Commendations service, CommendationStore store, VoteResultService results, StaffDirectory staff,
                  RegistrationQueries registrations, CoverLetterDocument letter, AchievementReportDocument report,
                  DecisionDraftDocument decision) {
        this.service = service;
        this.store = store;
        this.results = results;
        this.staff = staff;
        this.registrations = registrations;
        this.letter = letter;
        this.report = report;
        this.decision = decision;
    }

    /** Why there can be no papers yet (a message key), or empty when the council has voted and passed something. */
    @Transactional(readOnly = true)
    public Optional<String> missing() {
        Campaign c = service.campaign();
        if (store.lastClosedVote(c.schoolYear()).isEmpty()) {
            return Optional.of(store.openVote(c.schoolYear()).isPresent() ? "papers.missing.vote-open" : "papers.missing.vote");
        }
        return paperSet(c, service.view(c)).passed().stream().anyMatch(p -> p.vote() != null) ? Optional.empty()
                : Optional.of("papers.missing.passed");
    }

    /** The package; only after {@link #missing()} said nothing is missing. */
    @Transactional(readOnly = true)
    public Papers build() {
        Campaign c = service.campaign();
        long voteId = store.lastClosedVote(c.schoolYear()).orElseThrow(() -> new IllegalStateException("no closed vote"));
        Commendations.ListView list = service.view(c);
        PaperSet set = paperSet(c, list);
        MinutesFile minutes = results.minutes(voteId);
        List<Report> reports = new ArrayList<>();
        TitleCodes codes = c.commendation().codes();
        for (PaperSet.Passed p : set.individuals()) {
            boolean reported = p.staffId() != null && (p.titleCode().equals(codes.advancedWorker()) || p.titleCode().equals(codes.emulationSoldier()));
            Optional<StaffView> v = reported ? staff.byId(p.staffId()) : Optional.empty();
            if (v.isPresent()) {
                AchievementReportDocument.Candidate who = new AchievementReportDocument.Candidate(p, v.get(),
                        service.person(c.schoolYear(), p.staffId()), service.approvedScore(c.schoolYear(), p.staffId()),
                        registrations.forStaff(p.staffId(), c.schoolYear()));
                reports.add(new Report(p.staffId(), v.get().fullName(), p.title(), "bao-cao-thanh-tich-" + slug(v.get().fullName()) + ".docx",
                        report.write(set, who)));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "1-to-trinh.docx", letter.write(set));
            entry(zip, "2-" + minutes.fileName(), minutes.content());
            for (Report r : reports) {
                entry(zip, "3-" + r.fileName(), r.content());
            }
            entry(zip, "4-du-thao-quyet-dinh.docx", decision.write(set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Papers(c.schoolYear(), voteId, "ho-so-khen-thuong-" + c.schoolYear() + ".zip", bytes.toByteArray(), List.copyOf(reports));
    }

    /**
     * The list's proposals the papers carry, in the list's order: those the council passed at the last vote that covered
     * them, and those whose title the campaign puts to no vote; a proposal the vote failed, or one added after the vote,
     * is left out. The vote whose date the papers cite is the year's last closed one.
     */
    private PaperSet paperSet(Campaign c, Commendations.ListView list) {
        Set<String> voted = c.commendation().votedTitles();
        List<PaperSet.Passed> passed = new ArrayList<>();
        for (Proposal p : list.proposals()) {
            RuleCheck.VoteResult vote = list.votes().get(p.id());
            boolean carried = !voted.contains(p.titleCode()) || vote != null && vote.passed() && p.titleCode().equals(vote.titleCode());
            if (carried) {
                passed.add(new PaperSet.Passed(p.subjectName(), p.individual(), p.staffId(), p.titleCode(),
                        c.title(p.titleCode()).map(Campaign.Title::name).orElse(p.titleCode()),
                        p.formCode() == null ? null : c.form(p.formCode()).map(Campaign.CommendationForm::name).orElse(p.formCode()),
                        voted.contains(p.titleCode()) ? vote : null));
            }
        }
        VoteView vote = store.lastClosedVote(c.schoolYear()).flatMap(store::vote).map(VoteView::of).orElseThrow();
        String chair = staff.withRole(Role.PRINCIPAL).stream().map(StaffView::fullName).findFirst().orElse("");
        String secretary = staff.byId(vote.openedBy()).map(StaffView::fullName).orElse("");
        LocalDate today = service.now().atZone(c.zone()).toLocalDate();
        return new PaperSet(c, vote, List.copyOf(passed), list.money(), chair, secretary, today);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A name as it can travel in a file name: no accents, words joined by dashes, lower case. */
    private static String slug(String name) {
        return Names.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
