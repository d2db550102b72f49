package vn.thiduabot.registration.chat;

import vn.thiduabot.chat.ButtonPayload;

/**
 * The buttons of /dangky. An {@link Answer} answers the question on screen and counts only while that
 * question is on screen; a {@link Whole} acts on the whole registration and counts only while the
 * registration is at the version it was shown with.
 */
final class RegistrationButtons {

    private RegistrationButtons() {
    }

    /** An answer to the question on screen. */
    sealed interface Answer extends ButtonPayload permits Title, Form, NoForm, Initiative, YesNo, Skip, Keep { }

    /** One of the campaign's individual titles. */
    record Title(String code) implements Answer { }

    /** One of the campaign's forms of commendation. */
    record Form(String code) implements Answer { }

    /** No form of commendation. */
    record NoForm() implements Answer { }

    /** Plans an initiative, or not. */
    record Initiative(boolean planned) implements Answer { }

    /** The answer to a yes/no target. */
    record YesNo(String targetCode, boolean yes) implements Answer { }

    /** Skips an optional target. */
    record Skip(String targetCode) implements Answer { }

    /** Keeps the saved answer of this question (a step name) and goes on. */
    record Keep(String step) implements Answer { }

    /** The question an answer belongs to: pressed while another one is on screen, it is stale. */
    static String stepOf(Answer a) {
        if (a instanceof Title) {
            return Steps.TITLE;
        } else if (a instanceof Form || a instanceof NoForm) {
            return Steps.FORM;
        } else if (a instanceof Initiative) {
            return Steps.INITIATIVE;
        } else if (a instanceof YesNo y) {
            return Steps.target(y.targetCode());
        } else if (a instanceof Skip k) {
            return Steps.target(k.targetCode());
        }
        return ((Keep) a).step();
    }

    /** A button about the whole registration, shown with its id and version. */
    sealed interface Whole extends ButtonPayload permits Resume, Restart, Submit, Edit, Item, View {
        long registrationId();

        long version();
    }

    /** Continue the draft at its first open question. */
    record Resume(long registrationId, long version) implements Whole { }

    /** Clear every answer and start over. */
    record Restart(long registrationId, long version) implements Whole { }

    /** Send the complete draft. */
    record Submit(long registrationId, long version) implements Whole { }

    /** Change something: the menu of questions (a sent registration becomes a draft again). */
    record Edit(long registrationId, long version) implements Whole { }

    /** One question picked from the edit menu. */
    record Item(long registrationId, long version, String step) implements Whole { }

    /** Back from the edit menu to the summary. */
    record View(long registrationId, long version) implements Whole { }
}
