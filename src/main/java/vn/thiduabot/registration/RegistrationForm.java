package vn.thiduabot.registration;

import java.util.Optional;
import vn.thiduabot.campaign.Campaign;

/**
 * The questions of the individual registration form, in its order: title, form of commendation, planned
 * initiative (its title, its subject), then the campaign's targets. Each has a field name, the same for the
 * chat's steps and the Mini App's fields, and ONE rule for what may be answered ({@link #check}); and the form is
 * complete when every question has an answer ({@link #firstUnanswered}).
 */
public final class RegistrationForm {

    public static final String TITLE = "title";
    public static final String FORM = "form";
    public static final String INITIATIVE = "initiative";
    public static final String INITIATIVE_TITLE = "initiative-title";
    public static final String INITIATIVE_SUBJECT = "initiative-subject";
    public static final String TARGET = "target:";

    private RegistrationForm() {
    }

    public static String target(String code) {
        return TARGET + code;
    }

    public static Optional<String> targetCode(String field) {
        return field != null && field.startsWith(TARGET) ? Optional.of(field.substring(TARGET.length())) : Optional.empty();
    }

    /** A question answered by typing (the initiative's title and subject, the targets), as opposed to a choice. */
    public static boolean typed(String field, Campaign c) {
        return INITIATIVE_TITLE.equals(field) || INITIATIVE_SUBJECT.equals(field) || targetCode(field).flatMap(c::target).isPresent();
    }

    /**
     * The rule of a question: what the person typed or chose, as the value to store, or the refusal that explains
     * why not. {@code raw} is a title's or a form's code, "yes"/"no" for the initiative, the typed text otherwise;
     * null means "no form" for the form and "skip" for an optional target.
     */
    public static TargetInput.Result check(Campaign c, String field, String raw) {
        if (TITLE.equals(field)) {
            return raw != null && c.individualTitle(raw).isPresent() ? new TargetInput.Ok(raw) : new TargetInput.Refused("registration.input.choice");
        }
        if (FORM.equals(field)) {
            return raw == null || c.form(raw).isPresent() ? new TargetInput.Ok(raw) : new TargetInput.Refused("registration.input.choice");
        }
        if (INITIATIVE.equals(field)) {
            return TargetInput.yesNo(raw == null ? "" : raw);
        }
        if (INITIATIVE_TITLE.equals(field)) {
            return TargetInput.text(raw == null ? "" : raw.strip(), TargetInput.MAX_INITIATIVE_TITLE);
        }
        if (INITIATIVE_SUBJECT.equals(field)) {
            return TargetInput.text(raw == null ? "" : raw.strip(), TargetInput.MAX_INITIATIVE_SUBJECT);
        }
        Optional<Campaign.Target> t = targetCode(field).flatMap(c::target);
        if (t.isEmpty()) {
            return new TargetInput.Refused("registration.input.choice");
        }
        return checkTarget(t.get(), raw);
    }

    /**
     * The rule of one target, individual or the team's (the same kinds, the same sentences): what was typed,
     * parsed by its type; null is "skip", which only an optional target allows.
     */
    public static TargetInput.Result checkTarget(Campaign.Target t, String raw) {
        if (raw == null) {
            return t.required() ? new TargetInput.Refused("registration.input.required") : new TargetInput.Ok(null);
        }
        return TargetInput.parse(t.type(), raw);
    }

    /** The first question still without an answer; empty when the form is complete and may be sent. */
    public static Optional<String> firstUnanswered(Registration r, Campaign c) {
        if (r == null || r.titleCode() == null || c.individualTitle(r.titleCode()).isEmpty()) {
            return Optional.of(TITLE);
        }
        if (!r.formAnswered() || (r.formCode() != null && c.form(r.formCode()).isEmpty())) {
            return Optional.of(FORM);
        }
        if (r.hasInitiative() == null) {
            return Optional.of(INITIATIVE);
        }
        if (r.hasInitiative() && r.initiativeTitle() == null) {
            return Optional.of(INITIATIVE_TITLE);
        }
        if (r.hasInitiative() && r.initiativeSubject() == null) {
            return Optional.of(INITIATIVE_SUBJECT);
        }
        for (Campaign.Target t : c.targets()) {
            Optional<RegistrationAnswer> a = r.answerFor(t.code());
            if (a.isEmpty() || (t.required() && a.get().value() == null)) {
                return Optional.of(target(t.code()));
            }
        }
        return Optional.empty();
    }

    public static boolean complete(Registration r, Campaign c) {
        return firstUnanswered(r, c).isEmpty();
    }
}
