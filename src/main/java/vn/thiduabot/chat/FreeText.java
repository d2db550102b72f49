package vn.thiduabot.chat;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The kinds of free text people type and the bot stores, each with its cap, in one place. Length is
 * counted as a reader counts letters: in code points after composing accents (NFC), so a Vietnamese
 * letter counts once however the phone encoded it. A text over its cap is refused with a message that
 * names the cap, and the dialog stays on the same step with its draft, so nothing already typed is lost.
 * <p>
 * The caps follow from where the text ends up: a notice or card quoting it must stay under Telegram's
 * 4,096 characters with its other lines (names, scores, buttons' context), and it must sit readably in
 * one cell of the .xlsx / .docx files sent to the Department (Excel's own cell limit, 32,767, is far above).
 */
public enum FreeText {

    /**
     * A reason or comment: adjusting a score, returning a file for revision, reopening, a principal's or the
     * council's remarks, a returned commendation list. Quoted whole in the notice to the person (card ≤ about
     * 1,500 characters + 1,000 stays well under 4,096) and in the report's comment column.
     */
    REASON(1_000),
    /** A nomination's achievements: the exemplar list's cell and the review card, which shows it whole (2,000 + card < 4,096). */
    ACHIEVEMENT(2_000),
    /** A registration target answered in words (a plan, a commitment): one cell of the registration summary. */
    ANSWER(500),
    /** The title of an initiative or research topic, as written into the Department's list and the minutes' table. */
    TITLE(300),
    /** A person's or collective's name, with workplace if any (an exemplar's name cell; two lines in the list). */
    NAME(200),
    /** A short note, e.g. how a written ballot reached the secretary (one line in the minutes). */
    NOTE(200),
    /** A meeting's place (one line in the minutes' heading). */
    PLACE(120),
    /** The field or subject of an initiative (a short column of the registration summary). */
    SUBJECT(100);

    private final int max;

    FreeText(int max) {
        this.max = max;
    }

    /** The most characters this kind of text may have. */
    public int max() {
        return max;
    }

    /** Characters as a reader counts them (code points after NFC). */
    public static int length(String text) {
        if (text == null) {
            return 0;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length());
    }

    /** True if the text is within this kind's cap. */
    public boolean fits(String text) {
        return length(text) <= max;
    }

    /** The message key and arguments (length, cap) of the refusal of a text over the cap, if it is over. */
    public Optional<Object[]> refusal(String text) {
        int length = length(text);
        return length <= max ? Optional.empty() : Optional.of(new Object[] {length, max});
    }

    public static final String TOO_LONG = "input.too-long";

    /**
     * Answers a text over the cap with "… at most N characters …" and returns true; the caller returns
     * without touching its step or draft, so the person can shorten the text and send it again.
     */
    public boolean refuse(ChatSession session, String text) {
        Optional<Object[]> refusal = refusal(text);
        refusal.ifPresent(args -> session.reply(TOO_LONG, args));
        return refusal.isPresent();
    }
}
