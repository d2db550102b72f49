package vn.thiduabot.scoring.chat;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.scoring.Refused;

/** How the scoring dialogs tell a refusal: its arguments rendered for the reader, as a message or on the pressed button. */
@Component
class Refusals {

    private final ScoringTexts texts;

    Refusals(ScoringTexts texts) {
        this.texts = texts;
    }

    /** The refusal's arguments with message keys, moments and dates rendered for the reader. */
    Object[] args(ChatSession s, Refused r) {
        return r.rendered(s::text, texts::when, Texts::date);
    }

    String text(ChatSession s, Refused r) {
        return s.text(r.key(), args(s, r));
    }

    void reply(ChatSession s, Refused r) {
        s.literal(text(s, r)).send();
    }

    /** The short answer on the pressed button (Telegram's answerCallbackQuery). */
    void toast(ChatSession s, Refused r) {
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
}
