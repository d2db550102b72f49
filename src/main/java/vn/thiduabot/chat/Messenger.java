package vn.thiduabot.chat;

import vn.thiduabot.people.Person;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.thiduabot.notification.Outbox;
import vn.thiduabot.notification.OutgoingMessage;

/**
 * Composes messages in the recipient's language and queues them in the outbox, in the caller's
 * transaction. Used for replies (through {@link ChatSession}) and for notices to other people.
 */
@Service
public class Messenger {

    /** How long an inline button stays valid; approvals may wait for days. */
    static final Duration BUTTON_LIFETIME = Duration.ofDays(60);

    private final Texts texts;
    private final Outbox outbox;
    private final CallbackTokenRepository tokens;
    private final ButtonCodec codec;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Messenger(Texts texts, Outbox outbox, CallbackTokenRepository tokens, ButtonCodec codec, Clock clock) {
        this.codec = codec;
        this.texts = texts;
        this.outbox = outbox;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A message to a linked staff member, in their language. */
    public Reply to(Person user, String key, Object... args) {
        if (user.chatId() == null || user.telegramUserId() == null) {
            throw new IllegalArgumentException("staff member " + user.staffId() + " has no linked chat");
        }
        return to(new Reply.Recipient(user.chatId(), user.telegramUserId(), user.locale()), key, args);
    }

    public Reply to(Reply.Recipient recipient, String key, Object... args) {
        return new Reply(this, recipient, texts.get(recipient.locale(), key, args));
    }

    /** A message whose text is already rendered (e.g. an import report). */
    public Reply toLiteral(Reply.Recipient recipient, String text) {
        return new Reply(this, recipient, text);
    }

    Texts texts() {
        return texts;
    }

    String issueToken(Reply.Recipient to, ButtonPayload payload) {
        ButtonCodec.Encoded e = codec.encode(payload);
        return issueToken(to, e.action(), e.payload());
    }

    private String issueToken(Reply.Recipient to, String action, String payload) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new CallbackToken(token, to.chatId(), to.userId(), action, payload, now, now.plus(BUTTON_LIFETIME)));
        return token;
    }

    boolean enqueue(String key, OutgoingMessage message, Outbox.Priority priority) {
        return outbox.enqueue(key == null ? UUID.randomUUID().toString() : key, message, priority);
    }

    public String text(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }
}
