package vn.thiduabot.chat;

import vn.thiduabot.people.PersonDirectory;

import vn.thiduabot.people.Person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for every update from every transport. Each update is handled in one
 * transaction: the dedupe record, the state change, the conversation state and the outgoing
 * messages commit together. A busy database is retried ({@link BusyDatabaseRetry}); strangers get a
 * limited number of answers ({@link StrangerReplyLimit}); {@link DialogRouter} decides, from the
 * stored roles, which dialog handles a private-chat update.
 *
 * <p>A transport that receives updates in batches may hand over a whole batch at once
 * ({@link #processTogether}): one transaction, one commit, one fsync for all of them. That is where the
 * time went: with SQLite's synchronous=FULL a commit costs 7-8 ms on this machine, and one commit per
 * update held the bot to 30-60 answers/s (bench/IntakeThroughputBenchmark). If anything in the batch
 * fails, nothing of it is kept and the transport hands the updates over one at a time ({@link #process}),
 * so a bad update gets its apology and the others their answers.
 */
@Service
public class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
    /** Telegram's own limit for a message; anything longer is refused politely. */
    public static final int MAX_TEXT = 4096;

    private final TransactionTemplate tx;
    private final ProcessedUpdateRepository processed;
    private final ConversationRepository conversations;
    private final PersonDirectory directory;
    private final Messenger messenger;
    private final DialogRouter router;
    private final Clock clock;
    private final BusyDatabaseRetry retry;
    private final StrangerReplyLimit strangers;
    private final EntityManager entityManager;

    UpdateIntake(TransactionTemplate tx, ProcessedUpdateRepository processed, ConversationRepository conversations,
                 PersonDirectory directory, Messenger messenger, DialogRouter router, Clock clock,
                 BusyDatabaseRetry retry, StrangerReplyLimit strangers, EntityManager entityManager) {
        this.tx = tx;
        this.processed = processed;
        this.conversations = conversations;
        this.directory = directory;
        this.messenger = messenger;
        this.router = router;
        this.clock = clock;
        this.retry = retry;
        this.strangers = strangers;
        this.entityManager = entityManager;
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
                    log.warn("Update {} met a busy database {} times ({}); giving up on it",
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

    /**
     * Handles a batch of updates (in order: each chat's order is the batch's) in ONE transaction. Present:
     * everything committed together, one outcome per update. Empty: something failed or the database was
     * busy, the transaction was rolled back and nothing of the batch is saved; the caller must hand the
     * updates to {@link #process} one at a time (which retries, apologises and keeps the others' work).
     * JPA cannot reliably roll back to a savepoint, so there is no partial batch.
     */
    public Optional<List<Outcome>> processTogether(List<Incoming> batch) {
        if (batch.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            return Optional.ofNullable(tx.execute(s -> {
                List<Outcome> outcomes = new ArrayList<>(batch.size());
                Set<Long> seen = new HashSet<>();
                for (Incoming in : batch) {
                    outcomes.add(seen.add(in.updateId()) ? handle(in) : Outcome.DUPLICATE);
                    // Each update's writes go out now and its entities leave the persistence context: otherwise
                    // every query of the next update dirty-checks all entities of the updates before it
                    // (auto-flush), and a batch of 100 costs quadratic time (measured: flush listeners were
                    // the top of the polling thread's profile).
                    entityManager.flush();
                    entityManager.clear();
                }
                return outcomes;
            }));
        } catch (RuntimeException e) {
            log.info("A batch of {} updates failed together ({}); handling them one at a time", batch.size(), e.toString());
            return Optional.empty();
        }
    }

    private Outcome apologise(Incoming in, String key) {
        try {
            return tx.execute(s -> {
                if (!markProcessed(in)) {
                    return Outcome.DUPLICATE;
                }
                Locale locale = directory.findByTelegramUser(in.userId()).map(Person::locale).orElse(Texts.VIETNAMESE);
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

    /**
     * Claims the update with the database's own unique key, as the transaction's first write: of two
     * instances (or threads) handling the same update at once, the second waits for the first to commit and
     * then inserts nothing, so it answers "duplicate" instead of failing on the key.
     */
    private boolean markProcessed(Incoming in) {
        return processed.insertIfAbsent(in.updateId(), clock.instant()) == 1;
    }

    private Outcome handle(Incoming in) {
        if (!markProcessed(in)) {
            log.debug("Update {} seen before; ignored", in.updateId());
            return Outcome.DUPLICATE;
        }
        if (!in.privateChat()) {
            return groupChat(in);
        }
        Optional<Person> user = directory.findByTelegramUser(in.userId());
        if (user.isEmpty() && !strangers.mayAnswer(in.userId())) {
            log.debug("Update {}: a stranger over the reply limit; not answered", in.updateId());
            return Outcome.SILENT;
        }
        Conversation conversation = conversations.findById(new Conversation.Key(in.chatId(), in.userId()))
                .orElseGet(() -> new Conversation(in.chatId(), in.userId(), clock.instant()));
        ChatSession session = new ChatSession(in, user, conversation, messenger, clock);
        router.dispatch(session);
        conversations.save(conversation);
        return new Outcome(false, session.toastText(), session.isAlert());
    }

    /** The bot works in private chats only; in a group it says so when addressed, and stays quiet otherwise. */
    private Outcome groupChat(Incoming in) {
        Locale locale = directory.findByTelegramUser(in.userId()).map(Person::locale).orElse(Texts.VIETNAMESE);
        if (in.kind() == Incoming.Kind.CALLBACK) {
            return new Outcome(false, messenger.text(locale, "error.private-only"));
        }
        if (in.text() != null && in.text().startsWith("/")) {
            messenger.to(new Reply.Recipient(in.chatId(), in.userId(), locale), "error.private-only")
                    .key("u" + in.updateId() + "-1").send();
        }
        return new Outcome(false, null);
    }
}
