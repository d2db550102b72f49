package vn.thiduabot.report.chat;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.commendation.YearEndPapers;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * The year-end papers button of /xuat: the secretary (or the principal) gets ONE .zip with the cover letter, the
 * minutes, every candidate's achievement report and the draft decision; each candidate linked to the bot gets their
 * own report in their chat to check, once per vote (the idempotency key), however often the package is made again.
 * Refused, saying what is missing, until the council has closed a vote that passed someone.
 */
@Component
class PapersDialog implements ButtonAction<PapersDialog.Make> {

    /** Make the year-end package. */
    record Make() implements ButtonPayload { }


    private final YearEndPapers papers;
    private final StaffDirectory staff;
    private final Messenger messenger;

    PapersDialog(YearEndPapers papers, StaffDirectory staff, Messenger messenger) {
        this.papers = papers;
        this.staff = staff;
        this.messenger = messenger;
    }

    @Override
    public String action() {
        return "report.papers";
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
        Optional<String> missing = papers.missing();
        if (missing.isPresent()) {
            s.reply(missing.get());
            return;
        }
        YearEndPapers.Papers p = papers.build();
        s.message("papers.caption", p.schoolYear(), String.valueOf(p.reports().size())).attachNew(p.fileName(), p.zip()).send();
        int sent = 0;
        for (YearEndPapers.Report r : p.reports()) {
            Optional<Person> candidate = staff.byId(r.staffId()).flatMap(StaffView::linkedPerson).filter(c -> c.chatId() != null);
            if (candidate.isPresent()) {
                messenger.to(candidate.get(), "papers.report.caption", r.title(), p.schoolYear())
                        .attachNew(r.fileName(), r.content())
                        .key("papers-report-" + p.voteId() + "-" + r.staffId())
                        .sensitive()
                        .send();
                sent++;
            }
        }
        if (sent < p.reports().size()) {
            s.reply("papers.unlinked", String.valueOf(p.reports().size() - sent));
        }
        s.toast("report.toast.made");
    }
}
