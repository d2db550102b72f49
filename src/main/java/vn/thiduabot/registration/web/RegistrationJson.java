package vn.thiduabot.registration.web;

import java.util.List;

/**
 * A registration as the Mini App's page shows it: the campaign's choices and questions, what is saved, and
 * where it stands. Texts that are the chat's own (hints, the status line, the deadline notice) come rendered in
 * the viewer's language; the page adds its labels ({@code web.registration.*}).
 *
 * @param status    NEW (nothing saved yet), DRAFT or SUBMITTED
 * @param editable  the page may change it now (a sent one first needs "edit")
 * @param changeable the window is open (or a reopening holds), so a sent one may be taken back to change it
 * @param notice    the chat's sentence when the window is closed; null otherwise
 * @param missing   the first question without an answer (a field name); null when it may be sent
 * @param teamHint  once sent, the chat's reminder to a team leader whose team has not sent its collective registration
 */
public record RegistrationJson(String schoolYear, String deadline, String status, String statusText, boolean editable,
                               boolean changeable, String notice, String reopened, long version,
                               String title, List<Choice> titles, boolean formAnswered, String form, List<Choice> forms,
                               Boolean initiative, String initiativeNote, String initiativeTitle, String initiativeSubject,
                               int maxInitiativeTitle, int maxInitiativeSubject, List<Target> targets, String missing,
                               String teamHint) {

    /** A title or a form of commendation: its code, its name, and (titles) what it requires and the school's notes. */
    public record Choice(String code, String name, String about) { }

    /**
     * One target: {@code field} is what the page sends it as; {@code value} is the saved answer as the teacher types it
     * (85,5 in Vietnamese), {@code shown} as the chat shows it (85,5%, the words for yes and no, the word for skipped); both null when not answered.
     */
    public record Target(String field, String name, String type, boolean required, boolean answered, boolean skipped,
                         String value, String shown, String hint, int maxLength, String unit) { }
}
