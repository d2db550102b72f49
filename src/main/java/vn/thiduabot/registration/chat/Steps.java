package vn.thiduabot.registration.chat;

import java.util.Optional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationForm;

/**
 * The questions of the individual registration, in the order of the registration form: title,
 * form of commendation, planned initiative (title, subject), then the campaign's targets in its
 * order, then the summary to confirm. Where someone stands is worked out from what the registration
 * table holds, so leaving and coming back resumes at the first question without an answer.
 */
final class Steps {

    static final String TITLE = RegistrationForm.TITLE;
    static final String FORM = RegistrationForm.FORM;
    static final String INITIATIVE = RegistrationForm.INITIATIVE;
    static final String INITIATIVE_TITLE = RegistrationForm.INITIATIVE_TITLE;
    static final String INITIATIVE_SUBJECT = RegistrationForm.INITIATIVE_SUBJECT;
    static final String CONFIRM = "confirm";
    /** Not questions: the "continue or start over" choice and the "what to change" menu. */
    static final String RESUME = "resume";
    static final String EDIT = "edit";

    private Steps() {
    }

    static String target(String code) {
        return RegistrationForm.target(code);
    }

    static Optional<String> targetCode(String step) {
        return RegistrationForm.targetCode(step);
    }

    /** The first question still without an answer, or {@link #CONFIRM} when the form is complete. */
    static String firstUnanswered(Registration r, Campaign c) {
        return RegistrationForm.firstUnanswered(r, c).orElse(CONFIRM);
    }

    static boolean complete(Registration r, Campaign c) {
        return RegistrationForm.complete(r, c);
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
        return TITLE.equals(step) || FORM.equals(step) || INITIATIVE.equals(step) || RegistrationForm.typed(step, c);
    }
}
