package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thiduabot.chat.Texts;

/**
 * Reads a score as a teacher types it: {@code 8}, {@code 8.5} or {@code 8,5}; from 0 to the item's
 * maximum; at most one decimal. A penalty is typed as the positive number of points deducted.
 */
public final class ScoreInput {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(?:[.,](\\d{1,6}))?");
    private static final Pattern NEGATIVE = Pattern.compile("[-\u2212\u2013]\\s*\\d.*");

    private ScoreInput() {
    }

    /** Either a score or the key (and arguments) of a polite, specific explanation. */
    public record Parsed(BigDecimal value, String errorKey, Object... args) {
        public boolean ok() {
            return value != null;
        }

        static Parsed error(String key, Object... args) {
            return new Parsed(null, key, args);
        }
    }

    public static Parsed parse(String text, BigDecimal max, boolean penalty, Locale locale) {
        String t = text == null ? "" : text.trim().replace(" ", "");
        if (t.isEmpty()) {
            return Parsed.error("scoring.score.empty", format(max, locale));
        }
        if (NEGATIVE.matcher(t).matches()) {
            return Parsed.error(penalty ? "scoring.score.penalty-negative" : "scoring.score.negative", format(max, locale));
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return Parsed.error("scoring.score.not-number", Texts.shorten(text, 20), format(max, locale));
        }
        BigDecimal value = new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() > 1) {
            return Parsed.error("scoring.score.one-decimal", Texts.shorten(text, 20));
        }
        if (value.compareTo(max) > 0) {
            return Parsed.error(penalty ? "scoring.score.penalty-above-max" : "scoring.score.above-max", format(max, locale));
        }
        return new Parsed(normalise(value), null);
    }

    /** The same number with no trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal normalise(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A score for people: a decimal comma in Vietnamese ({@code 8,5}), a point in English ({@code 8.5}). */
    public static String format(BigDecimal v, Locale locale) {
        if (v == null) {
            return "–";
        }
        String plain = normalise(v).toPlainString();
        return Texts.ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

}
