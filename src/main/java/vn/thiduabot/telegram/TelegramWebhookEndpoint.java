package vn.thiduabot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode's endpoint: Telegram (through the HTTPS reverse proxy) posts one update per request.
 * <ol>
 *   <li>The {@value #SECRET_HEADER} header must equal the secret given to setWebhook (compared in
 *       constant time); otherwise 401, and nothing is read or saved.</li>
 *   <li>A body over {@code max-body-bytes} is refused unread (413); one that is not a Telegram update
 *       (not JSON, no update_id) gets 400, logged in one line.</li>
 *   <li>The update goes to {@link UpdateHandoff}, exactly as a polled one: the intake's dedupe, one
 *       transaction, the button press answered. 200 only once the intake has committed; 503 if it saved
 *       nothing (a busy database, or this instance is shutting down), so that Telegram delivers it again,
 *       perhaps to another instance.</li>
 * </ol>
 * An update TelegramBots cannot read is skipped with 200, as polling skips it (Telegram would otherwise
 * send it again for hours).
 */
final class TelegramWebhookEndpoint {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookEndpoint.class);
    /** Configured as TelegramBots' own (it reads updates with a default ObjectMapper). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WebhookSettings settings;
    private final UpdateHandoff handoff;
    private final WebhookMonitor monitor;
    private final byte[] secretDigest;
    /** Requests being handled hold the read lock; stopping takes the write lock to wait for them. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    TelegramWebhookEndpoint(WebhookSettings settings, UpdateHandoff handoff, WebhookMonitor monitor) {
        this.settings = settings;
        this.handoff = handoff;
        this.monitor = monitor;
        this.secretDigest = sha256(settings.secretToken());
    }

    ServerResponse handle(ServerRequest request) {
        if (!authorised(request.headers().firstHeader(SECRET_HEADER))) {
            long refused = monitor.refused();
            if (refused > 0) {
                log.warn("Refused {} webhook request(s) without the right secret token (last from {})", refused,
                        request.servletRequest().getRemoteAddr());
            }
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (stopping) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        byte[] body;
        try {
            body = readBody(request.servletRequest());
        } catch (IOException e) {
            log.info("A webhook request could not be read ({}); Telegram will send it again", e.toString());
            return ServerResponse.badRequest().build();
        }
        if (body == null) {
            log.warn("Refused a webhook request larger than {} bytes", settings.maxBodyBytes());
            return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        JsonNode json = readJson(body);
        if (json == null || !json.isObject() || !json.path("update_id").isIntegralNumber()) {
            log.warn("Refused a webhook request whose body is not a Telegram update ({} bytes); answered 400", body.length);
            return ServerResponse.badRequest().build();
        }
        Update update;
        try {
            update = MAPPER.treeToValue(json, Update.class);
        } catch (IOException | RuntimeException e) {
            log.warn("Update {} could not be read by TelegramBots ({}); skipped", json.get("update_id").asLong(), e.getClass().getSimpleName());
            return ServerResponse.ok().build();
        }
        return handOver(update);
    }

    private ServerResponse handOver(Update update) {
        if (!inFlight.readLock().tryLock()) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build(); // stopping
        }
        try {
            if (stopping) {
                return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            }
            monitor.received();
            if (handoff.handOver(update)) {
                return ServerResponse.ok().build();
            }
            log.info("Update {} could not be saved (busy database or shutting down); answered 503 so that Telegram sends it again",
                    update.getUpdateId());
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        } finally {
            inFlight.readLock().unlock();
        }
    }

    /** New requests get 503 from now on; waits (up to 30 s) for those being handled, so no transaction is cut short. */
    void stop() {
        stopping = true;
        try {
            if (inFlight.writeLock().tryLock(30, TimeUnit.SECONDS)) {
                inFlight.writeLock().unlock();
            } else {
                log.warn("A webhook update was still being handled after 30 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Constant time: both sides are hashed first, so neither the length nor a common prefix shows in the timing. */
    boolean authorised(String given) {
        return given != null && MessageDigest.isEqual(secretDigest, sha256(given));
    }

    /** The body, or null if it is larger than the limit (then it is not read). */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > settings.maxBodyBytes()) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
            return body.length > settings.maxBodyBytes() ? null : body;
        }
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
