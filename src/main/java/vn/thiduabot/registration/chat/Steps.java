package vn.thiduabot.registration.chat;

import java.util.Optional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationAnswer;

/**
 * The questions of the individual registration, in the order of the registration form: title,
 * form of commendation, planned initiative (title, subject), then the campaign's targets in its
 * order, then the summary to confirm. Where someone stands is worked out from what the registration
 * table holds, so leaving and coming back resumes at the first question without an answer.
 */
final class Steps {

    static final String TITLE = "title";
    static final String FORM = "form";
    static final String INITIATIVE = "initiative";
    static final String INITIATIVE_TITLE = "initiative-title";
    static final String INITIATIVE_SUBJECT = "initiative-subject";
    static final String TARGET = "target:";
    static final String CONFIRM = "confirm";
    /** Not questions: the "continue or start over" choice and the "what to change" menu. */
    static final String RESUME = "resume";
    static final String EDIT = "edit";

    private Steps() {
    }

    static String target(String code) {
        return TARGET + code;
    }

    static Optional<String> targetCode(String step) {
        return step != null && step.startsWith(TARGET) ? Optional.of(step.substring(TARGET.length())) : Optional.empty();
    }

    /** The first question still without an answer, or {@link #CONFIRM} when the form is complete. */
    static String firstUnanswered(Registration r, Campaign c) {
        if (r == null || r.titleCode() == null || c.individualTitle(r.titleCode()).isEmpty()) {
            return TITLE;
        }
        if (!r.formAnswered() || (r.formCode() != null && c.form(r.formCode()).isEmpty())) {
            return FORM;
        }
        if (r.hasInitiative() == null) {
            return INITIATIVE;
        }
        if (r.hasInitiative() && r.initiativeTitle() == null) {
            return INITIATIVE_TITLE;
        }
        if (r.hasInitiative() && r.initiativeSubject() == null) {
            return INITIATIVE_SUBJECT;
        }
        for (Campaign.Target t : c.targets()) {
            Optional<RegistrationAnswer> a = r.answerFor(t.code());
            if (a.isEmpty() || (t.required() && a.get().value() == null)) {
                return target(t.code());
            }
        }
        return CONFIRM;
    }

    static boolean complete(Registration r, Campaign c) {
        return CONFIRM.equals(firstUnanswered(r, c));
    }

    /**
     * Where to go once {@code step} was answered. Saying "yes, I plan an initiative" always asks its
     * title and then its subject (showing what was saved, to keep or change); otherwise the first
     * question still open, which after an edit is usually the summary.
     */
    static String after(String step, Registration r, Campaign c) {
        if (INITIATIVE.equals(step) && Boolean.TRUE.equals(r.hasInitiative())) {
            return INITIATIVE_TITLE;
        }
        if (INITIATIVE_TITLE.equals(step)) {
            return INITIATIVE_SUBJECT;
        }
        return firstUnanswered(r, c);
    }

    /** Is this a question (answered by a button or typed text), as opposed to a menu? */
    static boolean isQuestion(String step, Campaign c) {
        return TITLE.equals(step) || FORM.equals(step) || INITIATIVE.equals(step) || INITIATIVE_TITLE.equals(step)
                || INITIATIVE_SUBJECT.equals(step) || targetCode(step).flatMap(c::target).isPresent();
    }
}
