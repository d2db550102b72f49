package vn.thiduabot.fuzz;

import java.util.List;
import java.util.Random;

/** Texts people (and pranksters) type: short answers, numbers, long pastes, emoji and control characters. */
final class RandomText {

    private static final String[] EMOJI = {"\uD83D\uDE00", "\uD83D\uDC4D", "\u2764\uFE0F", "\uD83C\uDDFB\uD83C\uDDF3",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83E\uDD14", "\u2705", "\uD83D\uDCCE"};
    private static final String[] CONTROL = {"\u0000", "\u0007", "\b", "\t", "\n", "\r\n", "\u001B[31m", "\u007F",
        "\u200B", "\u200E", "\u202E", "\uFEFF", "\u2028", "\u00A0"};
    private static final String[] WORDS = {"ok", "yes", "no", "co", "khong", "8", "8.5", "10", "0", "-1", "100", "9,5",
        "abc", "' or 1=1 --", "<b>bold</b>", "${jndi:ldap://x}", "%s%n", "{0}", "null", "NaN", "1e9", "15/09/2023",
        "31/02/2024", "+84914000101", "0914000102", "Lo Thi Hoa", "Ha Van Hung", "LDTT", "CSTDCS", "TTLDTT", "/", "//",
        "@thidua_test_bot", "\u1EA0", "Ti\u1EBFng Vi\u1EC7t", "1", "2", "3", "9.75", "-0", "  7  "};

    private final Random random;

    RandomText(Random random) {
        this.random = random;
    }

    /** A short answer as to a dialog's question: a score, a yes/no, a name, a date, a title code. */
    String answer() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Anything up to (and rarely just over) Telegram's 4096 characters. */
    String any() {
        int roll = random.nextInt(100);
        int length = roll < 60 ? random.nextInt(40) : roll < 90 ? random.nextInt(600) : roll < 97 ? 4000 + random.nextInt(97)
                : 4097 + random.nextInt(50);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                b.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 6) {
                b.append(' ');
            } else if (kind < 7) {
                b.append(EMOJI[random.nextInt(EMOJI.length)]);
            } else if (kind < 8) {
                b.append(CONTROL[random.nextInt(CONTROL.length)]);
            } else if (kind < 9) {
                b.append((char) (0x00C0 + random.nextInt(0x1EF9 - 0x00C0)));
            } else {
                b.append(answer());
            }
        }
        String s = b.toString();
        if (s.isEmpty()) {
            return " ";
        }
        // never cut a surrogate pair in half: Telegram only ever sends well-formed text
        int cut = Math.min(s.length(), length == 0 ? 1 : length);
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return cut == 0 ? " " : s.substring(0, cut);
    }

    /** Random arguments for a command. */
    String arguments() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> answer();
            case 2 -> answer() + " " + answer();
            case 3 -> String.valueOf(random.nextLong());
            case 4 -> any();
            default -> "2023-2024";
        };
    }

    /** Forged callback data: random bytes of text, up to 64 of them, sometimes empty. */
    String forgedToken() {
        int n = random.nextInt(65);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) (random.nextBoolean() ? 'A' + random.nextInt(26) : '0' + random.nextInt(10)));
        }
        return b.toString();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
