package vn.thiduabot.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for every update from every transport. Each update is handled in one
 * transaction: the dedupe record, the state change, the conversation state and the outgoing
 * messages commit together. Authorisation is decided here, from the stored roles.
 */
@Service
public class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
    /** Telegram's own limit for a message; anything longer is refused politely. */
    public static final int MAX_TEXT = 4096;

    private final TransactionTemplate tx;
    private final ProcessedUpdateRepository processed;
    private final ConversationRepository conversations;
    private final CallbackTokenRepository tokens;
    private final UserDirectory directory;
    private final Messenger messenger;
    private final CommandCatalog catalog;
    private final Map<String, Flow> flows;
    private final Map<String, ButtonAction> actions;
    private final List<InputHandler> inputHandlers;
    private final Clock clock;
    private final BusyDatabaseRetry retry;
    private final StrangerReplyLimit strangers;

    UpdateIntake(TransactionTemplate tx, ProcessedUpdateRepository processed, ConversationRepository conversations,
                 CallbackTokenRepository tokens, UserDirectory directory, Messenger messenger, CommandCatalog catalog,
                 List<Flow> flows, List<ButtonAction> actions, List<InputHandler> inputHandlers, Clock clock,
                 BusyDatabaseRetry retry, StrangerReplyLimit strangers) {
        this.tx = tx;
        this.processed = processed;
        this.conversations = conversations;
        this.tokens = tokens;
        this.directory = directory;
        this.messenger = messenger;
        this.catalog = catalog;
        this.flows = flows.stream().collect(Collectors.toMap(Flow::name, Function.identity()));
        this.actions = actions.stream().collect(Collectors.toMap(ButtonAction::action, Function.identity()));
        this.inputHandlers = inputHandlers;
        this.clock = clock;
        this.retry = retry;
        this.strangers = strangers;
    }

    /**
     * What the transport still has to do after the commit. {@code handled} false: nothing was saved for
     * the update (the database stayed busy); the transport must not confirm it to Telegram, so that it
     * comes again.
     */
    public record Outcome(boolean duplicate, String callbackAnswer, boolean alert, boolean handled) {
        static final Outcome DUPLICATE = new Outcome(true, null, false);
        static final Outcome SILENT = new Outcome(false, null, false);
        static final Outcome UNHANDLED = new Outcome(false, null, false, false);

        public Outcome(boolean duplicate, String callbackAnswer, boolean alert) {
            this(duplicate, callbackAnswer, alert, true);
        }

        public Outcome(boolean duplicate, String callbackAnswer) {
            this(duplicate, callbackAnswer, false);
        }
    }

    /**
     * Handles one update; never throws for a user's mistake or a dialog's bug. A busy database is tried
     * again with growing pauses (see {@link BusyDatabaseRetry}); the person hears of it only when the
     * attempts are spent.
     */
    public Outcome process(Incoming in) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> handle(in));
            } catch (OptimisticLockingFailureException e) {
                log.info("Update {} lost a race with another change; user asked to retry", in.updateId());
                return apologise(in, "error.concurrent");
            } catch (RuntimeException e) {
                if (!BusyDatabaseRetry.isTransient(e)) {
                    log.error("Update {} failed; user told, nothing saved for it", in.updateId(), e);
                    return apologise(in, "error.internal");
                }
                if (attempt >= retry.attempts()) {
                    log.warn("Update {} met a busy database {} times ({}); user asked to send it again later",
                            in.updateId(), attempt, e.getMessage());
                    return apologise(in, "error.busy");
                }
                log.info("Update {} met a busy database ({}); attempt {} of {} in {} ms", in.updateId(), e.getMessage(),
                        attempt + 1, retry.attempts(), retry.pauseMillis(attempt));
                if (!retry.pause(attempt)) {
                    return Outcome.UNHANDLED; // shutting down: the update stays unconfirmed and comes again
                }
            }
        }
    }

    private Outcome apologise(Incoming in, String key) {
        try {
            return tx.execute(s -> {
                if (!markProcessed(in)) {
                    return Outcome.DUPLICATE;
                }
                Locale locale = directory.findByTelegramUser(in.userId()).map(ChatUser::locale).orElse(Texts.VIETNAMESE);
                messenger.to(new Reply.Recipient(in.chatId(), in.userId(), locale), key).key("u" + in.updateId() + "-err").send();
                return new Outcome(false, messenger.text(locale, key));
            });
        } catch (RuntimeException e) {
            if (BusyDatabaseRetry.isTransient(e)) {
                log.warn("Update {}: the database is still busy; left unconfirmed, to be handled when it comes again", in.updateId());
                return Outcome.UNHANDLED;
            }
            log.error("Could not even apologise for update {}", in.updateId(), e);
            return new Outcome(false, null);
        }
    }

    private boolean markProcessed(Incoming in) {
        if (processed.existsById(in.updateId())) {
            return false;
        }
        processed.save(new ProcessedUpdate(in.updateId(), clock.instant()));
        return true;
    }

    private Outcome handle(Incoming in) {
        if (!markProcessed(in)) {
            log.debug("Update {} seen before; ignored", in.updateId());
            return Outcome.DUPLICATE;
        }
        if (!in.privateChat()) {
            return groupChat(in);
        }
        Optional<ChatUser> user = directory.findByTelegramUser(in.userId());
        if (user.isEmpty() && !strangers.mayAnswer(in.userId())) {
            log.debug("Update {}: a stranger over the reply limit; not answered", in.updateId());
            return Outcome.SILENT;
        }
        Conversation conversation = conversations.findById(new Conversation.Key(in.chatId(), in.userId()))
                .orElseGet(() -> new Conversation(in.chatId(), in.userId(), clock.instant()));
        ChatSession session = new ChatSession(in, user, conversation, messenger, clock);
        dispatch(session);
        conversations.save(conversation);
        return new Outcome(false, session.toastText(), session.isAlert());
    }

    /** The bot works in private chats only; in a group it says so when addressed, and stays quiet otherwise. */
    private Outcome groupChat(Incoming in) {
        Locale locale = directory.findByTelegramUser(in.userId()).map(ChatUser::locale).orElse(Texts.VIETNAMESE);
        if (in.kind() == Incoming.Kind.CALLBACK) {
            return new Outcome(false, messenger.text(locale, "error.private-only"));
        }
        if (in.text() != null && in.text().startsWith("/")) {
            messenger.to(new Reply.Recipient(in.chatId(), in.userId(), locale), "error.private-only")
                    .key("u" + in.updateId() + "-1").send();
        }
        return new Outcome(false, null);
    }

    private void dispatch(ChatSession s) {
        Incoming in = s.incoming();
        switch (in.kind()) {
            case CALLBACK -> pressButton(s);
            case TEXT -> {
                if (in.text().length() > MAX_TEXT) {
                    s.reply("error.text-too-long", MAX_TEXT);
                } else if (in.text().startsWith("/")) {
                    runCommand(s, in.text());
                } else {
                    continueOrFallBack(s);
                }
            }
            case DOCUMENT, PHOTO -> {
                String caption = in.text();
                if (caption != null && caption.startsWith("/")) {
                    runCommand(s, caption);
                } else {
                    continueOrFallBack(s);
                }
            }
            default -> continueOrFallBack(s);
        }
    }

    private void runCommand(ChatSession s, String text) {
        String[] parts = text.trim().split("\\s+", 2);
        String name = parts[0].substring(1);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String args = parts.length > 1 ? parts[1].trim() : "";
        Optional<Command> command = catalog.find(name);
        if (command.isEmpty()) {
            s.reply("error.unknown-command", text.length() > 40 ? text.substring(0, 40) + "…" : text);
            return;
        }
        Command c = command.get();
        if (!allowed(s, c)) {
            return;
        }
        // A new command leaves whatever flow the user was in; saved drafts live in the features' own tables.
        if (s.flow() != null) {
            s.endFlow();
        }
        c.run(s, args);
    }

    private void continueOrFallBack(ChatSession s) {
        Flow flow = s.flow() == null ? null : flows.get(s.flow());
        if (flow != null) {
            if (allowed(s, flow)) {
                flow.onInput(s);
            } else {
                s.endFlow();
            }
            return;
        }
        if (s.flow() != null) {
            s.endFlow(); // a flow this version no longer knows
        }
        for (InputHandler handler : inputHandlers) {
            if (handler.handle(s)) {
                return;
            }
        }
        switch (s.incoming().kind()) {
            case DOCUMENT, PHOTO -> s.reply("error.unexpected-file");
            case TEXT -> s.reply(s.user().isPresent() ? "error.not-understood" : "link.stranger-hint");
            default -> s.reply("error.unsupported-message");
        }
    }

    private void pressButton(ChatSession s) {
        Incoming.Callback cb = s.incoming().callback();
        Optional<CallbackToken> token = cb.data() == null ? Optional.empty() : tokens.findById(cb.data());
        Instant now = clock.instant();
        if (token.isEmpty() || token.get().expiresAt().isBefore(now) || !actions.containsKey(token.get().action())) {
            s.alert("error.button-stale");
            return;
        }
        CallbackToken t = token.get();
        if (t.userId() != s.incoming().userId()) {
            log.warn("Update {}: a button issued to another user was pressed", s.incoming().updateId());
            s.alert("error.button-stale");
            return;
        }
        ButtonAction action = actions.get(t.action());
        if (!allowed(s, action)) {
            s.alert("error.forbidden");
            return;
        }
        action.onPress(s, t.payload());
    }

    /** Stored roles decide; a stranger may only link. Tells the user why when refused. */
    private boolean allowed(ChatSession s, Guarded guarded) {
        if (s.user().isEmpty()) {
            if (guarded.openToStrangers()) {
                return true;
            }
            s.message("error.not-linked").askContact("link.share-phone-button").send();
            return false;
        }
        if (!s.user().get().hasAny(guarded.roles())) {
            s.reply("error.forbidden");
            return false;
        }
        return true;
    }
}
