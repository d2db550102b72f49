package vn.thiduabot.registration.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.registration.CampaignNames;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.RegistrationAnswer;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/** How registrations read in a chat: summaries, answers, the deadline notice, long lists split up. */
@Component
class RegistrationTexts {

    /** Room left under Telegram's 4,096 characters for one message. */
    static final int MAX_MESSAGE = 3500;

    private final StaffDirectory staff;
    private final OwnRegistrationService own;

    RegistrationTexts(StaffDirectory staff, OwnRegistrationService own) {
        this.staff = staff;
        this.own = own;
    }

    static String date(LocalDate day) {
        return Texts.date(day);
    }

    static LocalDate day(Instant at, Campaign c) {
        return LocalDate.ofInstant(at, c.zone());
    }

    static String deadline(Campaign c) {
        return date(c.deadlines().registration());
    }

    static String titleName(Campaign c, String code) {
        return CampaignNames.titleName(c, code);
    }

    static String formName(Campaign c, String code) {
        return CampaignNames.formName(c, code);
    }

    /** The titles on offer with what each requires, one bullet each. */
    String titleList(ChatSession s, Campaign c, List<Campaign.Title> titles) {
        return titles.stream().map(t -> {
            StringBuilder line = new StringBuilder("• ").append(t.name());
            if (!t.requires().isEmpty()) {
                line.append(s.text("registration.title.requires",
                        t.requires().stream().map(code -> titleName(c, code)).collect(Collectors.joining(", "))));
            }
            if (t.notes() != null && !t.notes().isBlank()) {
                line.append(": ").append(t.notes().strip());
            }
            return line.toString();
        }).collect(Collectors.joining("\n"));
    }

    /** A stored answer as the person reads it; null for no answer yet. */
    String answer(ChatSession s, Campaign.Target t, Optional<RegistrationAnswer> a) {
        return a.isEmpty() ? null : value(s, t, a.get().value());
    }

    /** A stored target value (individual or the team's) as the person reads it; null is a skipped target. */
    String value(ChatSession s, Campaign.Target t, String v) {
        if (v == null) {
            return s.text("registration.summary.skipped");
        }
        return switch (t.type()) {
            case PERCENT -> TargetInput.showPercent(v, s.locale());
            case YES_NO -> TargetInput.YES.equals(v) ? s.text("registration.yes") : s.text("registration.no");
            default -> v;
        };
    }

    /** How to answer a target of this type (and that it may be skipped), under its question. */
    String targetHint(ChatSession s, Campaign.Target t) {
        String hint = switch (t.type()) {
            case NUMBER -> s.text("registration.hint.number");
            case PERCENT -> s.text("registration.hint.percent");
            case TEXT -> s.text("registration.hint.text", String.valueOf(TargetInput.MAX_TEXT));
            case YES_NO -> s.text("registration.hint.yes-no");
        };
        return t.required() ? hint : hint + "\n" + s.text("registration.hint.optional");
    }

    String formAnswer(ChatSession s, Campaign c, boolean answered, String code) {
        if (!answered) {
            return null;
        }
        return code == null ? s.text("registration.summary.no-form") : formName(c, code);
    }

    private String orMissing(ChatSession s, String value) {
        return value == null ? s.text("registration.summary.not-answered") : value;
    }

    /** The registration form as the person fills it in, with its status. */
    String summary(ChatSession s, Campaign c, Registration r, String fullName, String team) {
        List<String> lines = new ArrayList<>();
        lines.add(s.text("registration.summary.header", c.schoolYear(), fullName,
                team == null ? s.text("staff.no-team") : team));
        lines.add(s.text("registration.summary.title", orMissing(s, r.titleCode() == null ? null : titleName(c, r.titleCode()))));
        lines.add(s.text("registration.summary.form", orMissing(s, formAnswer(s, c, r.formAnswered(), r.formCode()))));
        if (r.hasInitiative() == null) {
            lines.add(s.text("registration.summary.initiative-value", s.text("registration.summary.not-answered")));
        } else if (!r.hasInitiative()) {
            lines.add(s.text("registration.summary.initiative-value", s.text("registration.summary.no-initiative")));
        } else {
            lines.add(s.text("registration.summary.initiative", orMissing(s, r.initiativeTitle()), orMissing(s, r.initiativeSubject())));
        }
        if (!c.targets().isEmpty()) {
            lines.add(s.text("registration.summary.targets"));
            int n = 0;
            for (Campaign.Target t : c.targets()) {
                lines.add(s.text("registration.summary.target", String.valueOf(++n), t.name(),
                        orMissing(s, answer(s, t, r.answerFor(t.code())))));
            }
        }
        if (r.status() == RegistrationStatus.SUBMITTED) {
            lines.add(s.text("registration.summary.status-submitted", date(day(r.submittedAt(), c))));
        } else {
            lines.add(s.text("registration.summary.status-draft"));
        }
        if (r.reopenGranted()) {
            String by = r.reopenedByStaffId() == null ? "" : staff.byId(r.reopenedByStaffId()).map(StaffView::fullName).orElse("");
            lines.add(s.text("registration.summary.reopened", by, date(day(r.reopenedAt(), c)), r.reopenReason()));
        }
        return String.join("\n", lines);
    }

    /** The deadline has passed: when it was, and which secretaries to ask. */
    void deadlinePassed(ChatSession s, Campaign c) {
        RegistrationRefused refused = own.deadlinePassed(c);
        s.reply(refused.key(), refused.args());
    }

    /** Lines packed into messages of at most {@link #MAX_MESSAGE} characters, never splitting a line. */
    static List<String> chunks(List<String> lines, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String l = line.length() > max ? line.substring(0, max - 1) + "…" : line;
            if (current.length() > 0 && current.length() + 1 + l.length() > max) {
                out.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            if (current.length() == 0 && l.isBlank()) {
                continue; // no message starts with an empty line
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(l);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().stripTrailing());
        }
        return out;
    }

}
