package vn.thiduabot.commendation;

import java.util.List;
import java.util.Locale;

/**
 * A rule a proposal (or the whole list, when {@code proposalId} is null) breaks: a message key of
 * the {@code commendation.rule.*} family and its arguments. {@link Share} arguments are shown as
 * percentages in the reader's language next to {@code threshold}.
 */
public record Violation(Long proposalId, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    static Violation of(Long proposalId, String key, Object... args) {
        return new Violation(proposalId, key, List.of(args));
    }

    /** The arguments as strings for a message in this language; {@link Named} arguments show their key. */
    Object[] render(Locale locale) {
        return render(locale, key -> key);
    }

    /** The arguments as strings for a message in this language, {@link Named} ones looked up with {@code text}. */
    Object[] render(Locale locale, java.util.function.Function<String, String> text) {
        java.math.BigDecimal threshold = null;
        for (Object a : args) {
            if (a instanceof Threshold t) {
                threshold = t.percent();
            }
        }
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            if (a instanceof Share s) {
                out[i] = s.format(locale, threshold);
            } else if (a instanceof Threshold t) {
                out[i] = Share.number(t.percent(), locale);
            } else if (a instanceof Named n) {
                out[i] = text.apply(n.key());
            } else if (a instanceof java.time.LocalDate d) {
                out[i] = d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else {
                out[i] = String.valueOf(a);
            }
        }
        return out;
    }

    /** A thing shown by its name in the reader's language: the message key of that name. */
    record Named(String key) { }

    /** A percentage from the configuration, shown without the % sign (the message has it). */
    record Threshold(java.math.BigDecimal percent) { }
}
