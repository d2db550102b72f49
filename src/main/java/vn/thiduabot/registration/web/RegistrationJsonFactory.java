package vn.thiduabot.registration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.registration.CampaignNames;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationAnswer;
import vn.thiduabot.registration.RegistrationForm;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.TargetInput;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;
import vn.thiduabot.web.MiniAppEnabled;

/** Builds {@link RegistrationJson}: the campaign's form with the viewer's answers, in the viewer's language. */
@Component
@Conditional(MiniAppEnabled.class)
class RegistrationJsonFactory {

    private final Texts texts;
    private final OwnRegistrationService own;
    private final StaffDirectory staff;

    RegistrationJsonFactory(Texts texts, OwnRegistrationService own, StaffDirectory staff) {
        this.texts = texts;
        this.own = own;
        this.staff = staff;
    }

    RegistrationJson of(Campaign c, Registration r, Person viewer, Locale locale) {
        boolean open = own.editable(c, r);
        String status = r == null ? "NEW" : r.status().name();
        boolean submitted = r != null && r.status() == RegistrationStatus.SUBMITTED;
        String statusText = submitted
                ? texts.get(locale, "registration.summary.status-submitted", Texts.date(day(r, c)))
                : texts.get(locale, "registration.summary.status-draft");
        String notice = null;
        if (!open) {
            RegistrationRefused closed = own.deadlinePassed(c);
            notice = texts.get(locale, closed.key(), closed.args());
        }
        List<RegistrationJson.Choice> titles = c.individualTitles().stream()
                .map(t -> new RegistrationJson.Choice(t.code(), t.name(), about(c, t, locale))).toList();
        List<RegistrationJson.Choice> forms = c.forms().stream().map(f -> new RegistrationJson.Choice(f.code(), f.name(), null)).toList();
        List<RegistrationJson.Target> targets = c.targets().stream()
                .map(t -> target(t, r == null ? Optional.empty() : r.answerFor(t.code()), locale)).toList();
        return new RegistrationJson(c.schoolYear(), Texts.date(c.deadlines().registration()), status, r == null ? null : statusText,
                open && !submitted, open, notice, reopened(c, r, locale), r == null ? 0 : r.version(),
                r == null ? null : r.titleCode(), titles, r != null && r.formAnswered(), r == null ? null : r.formCode(), forms,
                r == null ? null : r.hasInitiative(), initiativeNote(c, r, locale), r == null ? null : r.initiativeTitle(),
                r == null ? null : r.initiativeSubject(), TargetInput.MAX_INITIATIVE_TITLE, TargetInput.MAX_INITIATIVE_SUBJECT,
                targets, RegistrationForm.firstUnanswered(r, c).orElse(null),
                submitted ? own.teamToRegister(viewer, c).map(team -> texts.get(locale, "registration.submitted.leader-hint", team)).orElse(null) : null);
    }

    private static LocalDate day(Registration r, Campaign c) {
        return LocalDate.ofInstant(r.submittedAt(), c.zone());
    }

    /** What the title requires and the school's notes, as the chat lists them under its question. */
    private String about(Campaign c, Campaign.Title t, Locale locale) {
        StringBuilder about = new StringBuilder();
        if (!t.requires().isEmpty()) {
            about.append(texts.get(locale, "registration.title.requires",
                    t.requires().stream().map(code -> CampaignNames.titleName(c, code)).collect(Collectors.joining(", "))).strip());
        }
        if (t.notes() != null && !t.notes().isBlank()) {
            about.append(about.isEmpty() ? "" : " ").append(t.notes().strip());
        }
        return about.isEmpty() ? null : about.toString();
    }

    /** The chat's note under the initiative question for a title that requires one. */
    private String initiativeNote(Campaign c, Registration r, Locale locale) {
        Optional<Campaign.Title> title = r == null || r.titleCode() == null ? Optional.empty() : c.individualTitle(r.titleCode());
        if (title.isEmpty() || title.get().requires().isEmpty() || title.get().notes() == null) {
            return null;
        }
        return texts.get(locale, "registration.initiative.note", title.get().name(), title.get().notes().strip()).strip();
    }

    private String reopened(Campaign c, Registration r, Locale locale) {
        if (r == null || !r.reopenGranted()) {
            return null;
        }
        String by = r.reopenedByStaffId() == null ? "" : staff.byId(r.reopenedByStaffId()).map(StaffView::fullName).orElse("");
        return texts.get(locale, "registration.summary.reopened", by, Texts.date(LocalDate.ofInstant(r.reopenedAt(), c.zone())),
                r.reopenReason());
    }

    private RegistrationJson.Target target(Campaign.Target t, Optional<RegistrationAnswer> a, Locale locale) {
        String stored = a.map(RegistrationAnswer::value).orElse(null);
        boolean skipped = a.isPresent() && stored == null;
        String value = stored == null ? null : t.type() == Campaign.TargetType.PERCENT ? TargetInput.showPercent(stored, locale).replace("%", "") : stored;
        String shown = a.isEmpty() ? null : skipped ? texts.get(locale, "registration.summary.skipped") : switch (t.type()) {
            case PERCENT -> TargetInput.showPercent(stored, locale);
            case YES_NO -> texts.get(locale, TargetInput.YES.equals(stored) ? "registration.yes" : "registration.no");
            default -> stored;
        };
        String hint = switch (t.type()) {
            case NUMBER -> texts.get(locale, "web.registration.hint.number", String.valueOf(TargetInput.MAX_NUMBER));
            case PERCENT -> texts.get(locale, "web.registration.hint.percent");
            case TEXT -> texts.get(locale, "web.registration.hint.text", String.valueOf(TargetInput.MAX_TEXT));
            case YES_NO -> null;
        };
        int max = t.type() == Campaign.TargetType.TEXT ? TargetInput.MAX_TEXT : t.type() == Campaign.TargetType.PERCENT ? 9 : 7;
        return new RegistrationJson.Target(RegistrationForm.target(t.code()), t.name(), t.type().name(), t.required(), a.isPresent(),
                skipped, value, shown, hint, max, t.type() == Campaign.TargetType.PERCENT ? "%" : null);
    }
}
