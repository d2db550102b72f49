package vn.thiduabot.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/**
 * An action the rules do not allow now (wrong state, wrong person, stale button). Carries the message
 * key and arguments that explain it; thrown before anything changed, and never rolls the update back.
 * Arguments that need the reader's language or the school's calendar are {@link Msg}, {@link At} and
 * {@link Day}; the front end
 * renders them.
 */
public class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public Refused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    /**
     * The arguments as the reader sees them: every front end (chat, Mini App) renders them the same way.
     *
     * @param text a message key in the reader's language
     * @param when a moment as the school's local date and time
     * @param day  a date as dd/MM/yyyy
     */
    public Object[] rendered(Function<String, String> text, Function<Instant, String> when, Function<LocalDate, String> day) {
        return Arrays.stream(args).map(a -> {
            if (a instanceof Msg m) {
                return text.apply(m.key());
            }
            if (a instanceof At at) {
                return when.apply(at.at());
            }
            if (a instanceof Day d) {
                return day.apply(d.day());
            }
            return a;
        }).toArray();
    }

    /** An argument that is itself a message key, rendered in the reader's language (e.g. a status name). */
    public record Msg(String key) { }

    /** An argument that is a moment, rendered as the school's local date and time. */
    public record At(Instant at) { }

    /** An argument that is a date, rendered dd/MM/yyyy. */
    public record Day(LocalDate day) { }
}
