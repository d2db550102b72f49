package vn.thiduabot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a text that Telegram would refuse as too long into parts it accepts. Telegram counts a
 * message's length in UTF-16 code units after entity parsing; the bot sends plain text (no parse
 * mode, so no entities and no HTML tags to respect), so a part's length is its Java length.
 * A part ends at a line break where one falls in the second half of the part, else at a space,
 * else at the limit, never between the two halves of a surrogate pair (an emoji).
 */
final class TextParts {

    /** Telegram's limit for a message's text. */
    static final int MAX_MESSAGE = 4096;
    /** Telegram's limit for a photo's or document's caption. */
    static final int MAX_CAPTION = 1024;

    private TextParts() {
    }

    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = stripLeadingLineBreaks(rest.substring(cut));
        }
        if (!rest.isBlank() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The first part that fits in {@code max}, and what is left for the parts after it. */
    static String[] head(String text, int max) {
        if (text.length() <= max) {
            return new String[] {text, ""};
        }
        int cut = cutPoint(text, max);
        return new String[] {text.substring(0, cut).stripTrailing(), stripLeadingLineBreaks(text.substring(cut))};
    }

    /** Where to end a part of {@code s} (longer than max): just after a line break or a space, or at max. */
    private static int cutPoint(String s, int max) {
        int lineBreak = s.lastIndexOf('\n', max - 1);
        if (lineBreak >= max / 2) {
            return lineBreak + 1;
        }
        int space = s.lastIndexOf(' ', max - 1);
        if (space >= max / 2) {
            return space + 1;
        }
        return Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    }

    private static String stripLeadingLineBreaks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return s.substring(i);
    }

    /**
     * How many parts of a long message already went out, so that a retry after a failure on part 3
     * sends parts 3 and on, not the first two again. In memory: after a restart a retry may repeat
     * parts already delivered (at least once, as for any message the sender could not confirm).
     */
    static final class Progress {
        private static final int REMEMBERED = 1_000;
        private final Map<String, Integer> done = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > REMEMBERED;
            }
        };

        synchronized int done(String key) {
            return done.getOrDefault(key, 0);
        }

        synchronized void record(String key, int parts) {
            done.put(key, parts);
        }

        synchronized void forget(String key) {
            done.remove(key);
        }
    }
}
