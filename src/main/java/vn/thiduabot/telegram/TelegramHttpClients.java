package vn.thiduabot.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The two HTTP clients of the transport, owned here so that closing the application closes their
 * threads and connections (a restart in the same JVM must not leak them):
 * <ul>
 *   <li>{@link #api()} for sendMessage, answerCallbackQuery, getFile and file downloads;</li>
 *   <li>{@link #polling()} for the long-polling getUpdates only, whose read timeout is longer than the
 *       long poll and whose calls can be cancelled at shutdown without touching the sends.</li>
 * </ul>
 */
final class TelegramHttpClients implements AutoCloseable {

    private final OkHttpClient api;
    private final OkHttpClient polling;

    TelegramHttpClients(TelegramSettings settings, PollingMonitor monitor, UnreadableUpdateFilter filter) {
        this.api = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(daemonPool("telegram-http")))
                // the outbox sends up to thidua.outbox.in-flight (16) at once: keep that many connections
                // open between sends, or each send beyond 5 pays a new TLS handshake (two round trips)
                .connectionPool(new ConnectionPool(32, 1, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(60))
                .build();
        this.polling = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(daemonPool("telegram-poll-http")))
                .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollReadTimeout())
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(monitor)
                .addInterceptor(filter)
                .build();
    }

    OkHttpClient api() {
        return api;
    }

    OkHttpClient polling() {
        return polling;
    }

    /** Aborts a long poll in progress (a socket read does not react to Thread.interrupt). */
    void cancelPolling() {
        polling.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        for (OkHttpClient c : new OkHttpClient[] {polling, api}) {
            c.dispatcher().cancelAll();
            c.dispatcher().executorService().shutdown();
            c.connectionPool().evictAll();
        }
    }

    private static ExecutorService daemonPool(String name) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
