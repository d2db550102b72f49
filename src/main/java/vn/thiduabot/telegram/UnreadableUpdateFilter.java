package vn.thiduabot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Drops from a getUpdates answer the updates TelegramBots cannot read, before it tries.
 *
 * <p>TelegramBots 9.5.0 reads the whole batch at once: one update it cannot map (a field Telegram
 * added with a shape the library does not expect) fails the batch, the offset never moves, and the
 * same batch comes back forever. Every user would wait on one odd message. Here each update is read
 * with the library's own mapping first; one that fails is logged (by id only) and left out, and
 * {@link #highestSkipped()} lets the next getUpdates confirm it so Telegram stops sending it.
 */
final class UnreadableUpdateFilter implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(UnreadableUpdateFilter.class);
    /** Configured as TelegramBots' own (PartialBotApiMethod uses a default ObjectMapper). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AtomicInteger highestSkipped = new AtomicInteger();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        List<String> path = chain.request().url().pathSegments();
        ResponseBody body = response.body();
        if (!response.isSuccessful() || body == null || path.isEmpty()
                || !path.get(path.size() - 1).equalsIgnoreCase("getUpdates")) {
            return response;
        }
        String json = body.string();
        return response.newBuilder().body(ResponseBody.create(withoutUnreadable(json), body.contentType())).build();
    }

    /** The id of the last update left out (0 if none): the next offset must be past it. */
    int highestSkipped() {
        return highestSkipped.get();
    }

    String withoutUnreadable(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            return json; // not JSON at all: the library reports it, the backoff handles it
        }
        JsonNode result = root == null ? null : root.get("result");
        if (result == null || !result.isArray()) {
            return json;
        }
        ArrayNode kept = MAPPER.createArrayNode();
        for (JsonNode update : result) {
            try {
                MAPPER.treeToValue(update, Update.class);
                kept.add(update);
            } catch (IOException | RuntimeException e) {
                int id = update.path("update_id").asInt();
                highestSkipped.accumulateAndGet(id, Math::max);
                log.warn("Update {} could not be read by TelegramBots ({}); skipped so that polling goes on", id,
                        e.getClass().getSimpleName());
            }
        }
        if (kept.size() == result.size()) {
            return json;
        }
        ((ObjectNode) root).set("result", kept);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            return json;
        }
    }
}
