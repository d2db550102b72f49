package vn.thiduabot.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Mini App as Telegram and a phone would use it, for a {@link BotWebTest}: initData signed the way Telegram
 * signs it (written here from Telegram's documentation, not borrowed from the bot's code, so a mistake in the
 * bot's check shows), and the API called over HTTP with it.
 */
public final class WebApp {

    public static final String TOKEN = "mini-app-test-signing-key-not-a-bot-token";
    public static final String PUBLIC_URL = "https://thidua.example.edu.vn";
    public static final String STUB_SCRIPT = "/test/telegram-web-app.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final Clock clock;

    public WebApp(int port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The page's address as a web_app button opens it, before Telegram appends its hash. */
    public String page(String screen) {
        return base() + "/app/?screen=" + screen;
    }

    /** initData for this Telegram user, signed now (the application's clock) with the test bot's token. */
    public String initData(long telegramUserId) {
        return initData(telegramUserId, clock.instant(), TOKEN);
    }

    public String initData(long telegramUserId, Instant authDate, String botToken) {
        String user = "{\"id\":" + telegramUserId + ",\"first_name\":\"Test\",\"language_code\":\"vi\"}";
        return sign(Map.of("auth_date", Long.toString(authDate.getEpochSecond()), "user", user,
                "query_id", "AA" + UUID.randomUUID().toString().replace("-", "")), botToken);
    }

    /** Telegram's signature: HMAC-SHA256 of the sorted "key=value" lines, keyed with HMAC-SHA256("WebAppData", token). */
    public static String sign(Map<String, String> fields, String botToken) {
        StringBuilder check = new StringBuilder();
        StringBuilder query = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            check.append(check.isEmpty() ? "" : "\n").append(k).append('=').append(v);
            query.append(query.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken.getBytes(StandardCharsets.UTF_8));
        return query + "&hash=" + HexFormat.of().formatHex(hmac(secret, check.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public Response get(String path, String initData) {
        return send(request(path, initData).GET().build());
    }

    public Response post(String path, String initData, Object body) {
        return send(request(path, initData).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Response put(String path, String initData, Object body) {
        return send(request(path, initData).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** One file as multipart/form-data (field {@code file}), as the page's file input sends it. */
    public Response upload(String path, String initData, String fileName, String mimeType, byte[] content) {
        String boundary = "----thidua" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, initData).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any request, e.g. a raw GET of the page or of a path the server must not answer. */
    public Response raw(HttpRequest request) {
        return send(request);
    }

    private HttpRequest.Builder request(String path, String initData) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + (path.startsWith("/") ? path : "/api/app/" + path)));
        return initData == null ? b : b.header("Authorization", "tma " + initData);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), json, r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, the JSON body if any (a refusal's {@code message} is what the page shows), the raw text. */
    public record Response(int status, JsonNode json, String body, HttpHeaders headers) {
        public String message() {
            return json == null || json.get("message") == null ? "" : json.get("message").asString();
        }
    }
}
