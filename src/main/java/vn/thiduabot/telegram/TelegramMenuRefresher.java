package vn.thiduabot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.CommandMenus;

/**
 * Sends each linked person's own "/" menu ({@code setMyCommands} with their chat's scope, no language code: the
 * person's stored language decides), or removes it ({@code deleteMyCommands}) when nobody active is linked to the
 * chat any more, so it falls back to the default menu. Works off {@link CommandMenus}' requests, outside any
 * transaction, one call at a time at most {@code callsPerSecond}; the whole menu is sent each time, so a repeat is
 * harmless. At start-up it asks for everyone's menu (roles or texts may have changed while it was down).
 * A failure is retried later (Telegram's {@code retry_after}, else a growing wait); a request Telegram refuses
 * for good (a 400 or 403) or that failed {@value #MAX_ATTEMPTS} times is logged and dropped: the bot works
 * without menus, and the next start-up asks again.
 */
final class TelegramMenuRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramMenuRefresher.class);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final TelegramClient client;
    private final CommandMenus menus;
    private final TelegramCommandMenu menu;
    private final Duration idle;
    private final long pauseNanos;
    /** When the next call may go out (System.nanoTime; touched by the sender thread only). */
    private long nextCallAt = System.nanoTime();
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;
    /** Set by {@link #stop}: a round in progress ends after its current call. */
    private volatile boolean stopping;

    TelegramMenuRefresher(TelegramClient client, CommandMenus menus, TelegramCommandMenu menu, Duration idle, int callsPerSecond) {
        this.client = client;
        this.menus = menus;
        this.menu = menu;
        this.idle = idle;
        this.pauseNanos = 1_000_000_000L / Math.max(1, callsPerSecond);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "command-menus");
            t.setDaemon(true);
            return t;
        });
        executor.execute(this::askForEveryone);
        executor.scheduleWithFixedDelay(this::drain, 0, idle.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopping = true;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void askForEveryone() {
        try {
            int people = menus.refreshEveryone();
            log.info("Command menus: sending the own menu of {} linked people", people);
        } catch (RuntimeException e) {
            log.warn("Command menus: could not ask for everyone's menu at start-up ({}); changes still send theirs", e.getMessage());
        }
    }

    /** Sends every due request, paced; returns when none is due (the next round comes after {@code idle}). */
    void drain() {
        try {
            List<CommandMenus.Pending> due;
            while (!stopping && !(due = menus.due(BATCH)).isEmpty()) {
                for (CommandMenus.Pending p : due) {
                    if (stopping) {
                        return;
                    }
                    // at most one call per pause: a slow answer uses up the pause instead of adding to it
                    long wait = nextCallAt - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    nextCallAt = System.nanoTime() + pauseNanos;
                    send(p);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Command menus: a round failed ({}); trying again shortly", e.toString());
        }
    }

    private void send(CommandMenus.Pending p) {
        Optional<CommandMenus.Menu> own = menus.menuOf(p);
        BotCommandScopeChat scope = new BotCommandScopeChat(Long.toString(p.chatId()));
        try {
            if (own.isPresent()) {
                client.execute(new SetMyCommands(menu.commands(own.get().locale(), own.get().commands()), scope, null));
            } else {
                client.execute(new DeleteMyCommands(scope, null));
            }
            menus.sent(p);
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (code != null && (code == 400 || code == 403)) {
                giveUp(p, e.getMessage());
            } else {
                retry(p, retryAfter == null ? null : Duration.ofSeconds(retryAfter), e.getMessage());
            }
        } catch (TelegramApiException | RuntimeException e) {
            retry(p, null, e.getMessage());
        }
    }

    private void retry(CommandMenus.Pending p, Duration told, String why) {
        if (p.attempts() + 1 >= MAX_ATTEMPTS) {
            giveUp(p, why);
            return;
        }
        Duration wait = told != null ? told : Duration.ofSeconds(1L << Math.min(p.attempts(), 20));
        menus.failed(p, wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        log.debug("Command menus: chat {} not taken ({}); trying again in {}", p.chatId(), why, wait);
    }

    private void giveUp(CommandMenus.Pending p, String why) {
        log.warn("Command menus: Telegram did not take chat {}'s menu ({}); it keeps the menu it had", p.chatId(), why);
        menus.sent(p);
    }
}
