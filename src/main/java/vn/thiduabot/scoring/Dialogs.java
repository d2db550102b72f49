package vn.thiduabot.scoring;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.thiduabot.chat.ChatSession;

/** Small helpers the scoring dialogs share. */
final class Dialogs {

    private Dialogs() {
    }

    /** The refusal's arguments with message keys rendered in the reader's language. */
    static Object[] args(ChatSession s, Refused r) {
        return Arrays.stream(r.args()).map(a -> a instanceof Refused.Msg m ? s.text(m.key()) : a).toArray();
    }

    static String text(ChatSession s, Refused r) {
        return s.text(r.key(), args(s, r));
    }

    static void reply(ChatSession s, Refused r) {
        s.literal(text(s, r)).send();
    }

    /** The short answer on the pressed button (Telegram's answerCallbackQuery). */
    static void toast(ChatSession s, Refused r) {
        s.alert(r.key(), args(s, r));
    }

    /** A number stored in the flow's draft. */
    static Optional<Long> draftLong(ChatSession s, String key) {
        Map<String, String> d = s.draft();
        try {
            return Optional.ofNullable(d.get(key)).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Splits "verb:a:b" into at most {@code n} parts; missing parts are empty strings. */
    static String[] parts(String payload, int n) {
        String[] p = (payload == null ? "" : payload).split(":", n);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < p.length ? p[i] : "";
        }
        return out;
    }

    static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
