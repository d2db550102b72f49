package vn.thiduabot.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.thiduabot.chat.Texts;

/**
 * What a staff-list import did: people added, people changed, rows refused (with the line and the
 * reason), or why the file as a whole was refused. Rendered in the reader's language; in English it
 * is exactly what the command line prints:
 * <pre>
 * imported 38, updated 2, rejected 1
 * line 7: phone "09x" is not a Vietnamese phone number
 * </pre>
 *
 * @param fileError set when the file as a whole was refused; then nothing was imported
 */
public record ImportReport(int imported, int updated, List<Rejection> rejections, Message fileError) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    /** A text to render later in the reader's language: a message key and its arguments. */
    public record Message(String key, List<Object> args) {

        public Message {
            args = List.copyOf(args);
        }

        /**
         * An argument may be a String (shown as is), another {@code Message} (rendered in the same
         * language) or a list of them (rendered and joined with commas).
         */
        public static Message of(String key, Object... args) {
            return new Message(key, List.of(args));
        }

        public String render(Texts texts, Locale locale) {
            Object[] rendered = args.stream().map(a -> renderArg(a, texts, locale)).toArray();
            return texts.get(locale, key, rendered);
        }

        private static Object renderArg(Object arg, Texts texts, Locale locale) {
            if (arg instanceof Message m) {
                return m.render(texts, locale);
            }
            if (arg instanceof List<?> list) {
                return list.stream().map(a -> String.valueOf(renderArg(a, texts, locale))).collect(Collectors.joining(", "));
            }
            return arg;
        }
    }

    /** A row left out of the import; {@code line} counts as the user sees the file, header = line 1. */
    public record Rejection(int line, Message reason) { }

    static ImportReport refused(Message fileError) {
        return new ImportReport(0, 0, List.of(), fileError);
    }

    public int rejected() {
        return rejections.size();
    }

    /** True if the file as a whole was refused (nothing imported). */
    public boolean failed() {
        return fileError != null;
    }

    /** The full report, one rejected row a line. */
    public String render(Texts texts, Locale locale) {
        return render(texts, locale, Integer.MAX_VALUE);
    }

    /**
     * The report in at most about {@code maxChars} characters: the rejected rows that fit, then how
     * many more there are.
     */
    public String render(Texts texts, Locale locale, int maxChars) {
        if (failed()) {
            return fileError.render(texts, locale);
        }
        StringBuilder out = new StringBuilder(texts.get(locale, "import.report",
                String.valueOf(imported), String.valueOf(updated), String.valueOf(rejected())));
        List<String> lines = new ArrayList<>();
        for (Rejection r : rejections) {
            lines.add(texts.get(locale, "import.report.line", String.valueOf(r.line()), r.reason().render(texts, locale)));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int left = lines.size() - i - 1;
            String more = left == 0 ? "" : "\n" + texts.get(locale, "import.report.more", String.valueOf(left));
            if (out.length() + 1 + line.length() + more.length() > maxChars) {
                out.append('\n').append(texts.get(locale, "import.report.more", String.valueOf(lines.size() - i)));
                break;
            }
            out.append('\n').append(line);
        }
        return out.toString();
    }
}
