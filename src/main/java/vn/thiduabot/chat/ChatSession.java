package vn.thiduabot.chat;

import vn.thiduabot.people.Person;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dialog's view of one update: who sent it, what they sent, where their conversation is, and
 * how to answer. Everything it writes joins the update's transaction.
 */
public class ChatSession {

    private final Incoming incoming;
    private final Optional<Person> user;
    private Locale locale;
    private final Conversation conversation;
    private final Messenger messenger;
    private final Clock clock;
    private String toast;
    private boolean alert;
    private int replies;

    ChatSession(Incoming incoming, Optional<Person> user, Conversation conversation, Messenger messenger, Clock clock) {
        this.incoming = incoming;
        this.user = user;
        this.locale = user.map(Person::locale).orElse(Texts.VIETNAMESE);
        this.conversation = conversation;
        this.messenger = messenger;
        this.clock = clock;
    }

    public Incoming incoming() { return incoming; }

    /** The linked staff member, or empty for a stranger. */
    public Optional<Person> user() { return user; }

    /** For code the router only reaches with a linked user (every non-stranger command). */
    public Person requireUser() {
        return user.orElseThrow(() -> new IllegalStateException("not linked"));
    }

    public Locale locale() { return locale; }

    /** Answers in another language from now on (after /ngonngu). */
    public void useLocale(Locale locale) { this.locale = locale; }

    public String text(String key, Object... args) {
        return messenger.text(locale, key, args);
    }

    /** A reply to this chat; add buttons, then {@link Reply#send()}. */
    public Reply message(String key, Object... args) {
        return messenger.to(me(), key, args).key(nextKey());
    }

    /** A reply whose text is already rendered. */
    public Reply literal(String text) {
        return messenger.toLiteral(me(), text).key(nextKey());
    }

    /** Sends a plain reply. */
    public void reply(String key, Object... args) {
        message(key, args).send();
    }

    /** For notices to other people. */
    public Messenger messenger() { return messenger; }

    /** The short text shown on the user's screen when they pressed a button. */
    public void toast(String key, Object... args) {
        this.toast = text(key, args);
    }

    /**
     * Like {@link #toast}, but shown as an alert the user must dismiss: for a press that changed nothing
     * (stale, forged, not allowed, already decided by someone else).
     */
    public void alert(String key, Object... args) {
        toast(key, args);
        this.alert = true;
    }

    String toastText() { return toast; }

    boolean isAlert() { return alert; }

    // --- conversation state -------------------------------------------------------------------

    public String flow() { return conversation.flow(); }

    public String step() { return conversation.step(); }

    public boolean inFlow(String flow) { return flow.equals(conversation.flow()); }

    public void startFlow(String flow, String step, Map<String, String> draft) {
        conversation.start(flow, step, draft, clock.instant());
    }

    public void startFlow(String flow, String step) {
        startFlow(flow, step, Map.of());
    }

    public void moveTo(String step) { conversation.moveTo(step, clock.instant()); }

    /** The draft of the current flow (a copy: save changes with {@link #saveDraft}). */
    public Map<String, String> draft() { return conversation.data(); }

    public void saveDraft(Map<String, String> draft) { conversation.setData(draft, clock.instant()); }

    public void endFlow() { conversation.end(clock.instant()); }

    private Reply.Recipient me() {
        return new Reply.Recipient(incoming.chatId(), incoming.userId(), locale);
    }

    /** Replies to one update are keyed by it, so a replayed update can never queue them twice. */
    private String nextKey() {
        return "u" + incoming.updateId() + "-" + (++replies);
    }
}
