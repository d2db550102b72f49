package vn.thiduabot.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a Mini App's {@code initData} as Telegram specifies ("Validating data received via the Mini App"):
 * the data-check-string is every field but {@code hash}, sorted by name, as {@code name=value} joined by
 * line feeds; the secret key is HMAC-SHA256 of the bot token keyed with "WebAppData"; the {@code hash} must be
 * the hex HMAC-SHA256 of the data-check-string under that key. {@code auth_date} may be at most
 * {@code maxAge} old (the hour) and not from the future beyond a small clock skew. Anything else
 * (no hash, a field twice, no user, a malformed user) is refused the same way: empty.
 */
public final class InitDataVerifier {

    /** Telegram's initData is a few hundred bytes; a longer one is refused unread. */
    static final int MAX_LENGTH = 4096;
    /** How far a phone's clock may run ahead of ours. */
    static final Duration FUTURE_SKEW = Duration.ofMinutes(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] secretKey;
    private final Duration maxAge;
    private final Clock clock;

    public InitDataVerifier(String botToken, Duration maxAge, Clock clock) {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("the Mini App needs the bot token to check initData");
        }
        this.secretKey = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken.getBytes(StandardCharsets.UTF_8));
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The Telegram user the initData speaks for, if it is genuine and fresh. */
    public Optional<TelegramUser> verify(String initData) {
        if (initData == null || initData.isEmpty() || initData.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Map<String, String> fields = new TreeMap<>();
        for (String pair : initData.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String name = decode(pair.substring(0, eq));
            String value = decode(pair.substring(eq + 1));
            if (name == null || value == null || fields.put(name, value) != null) {
                return Optional.empty();
            }
        }
        String hash = fields.remove("hash");
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        StringBuilder check = new StringBuilder();
        fields.forEach((k, v) -> check.append(check.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        byte[] expected = hmac(secretKey, check.toString().getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(hash))) {
            return Optional.empty();
        }
        return fresh(fields.get("auth_date")) ? user(fields.get("user")) : Optional.empty();
    }

    /** Signs fields as Telegram does: for the console's demo login, which has no Telegram to sign for it. */
    public String sign(Map<String, String> fields) {
        Map<String, String> sorted = new TreeMap<>(fields);
        StringBuilder check = new StringBuilder();
        StringBuilder query = new StringBuilder();
        sorted.forEach((k, v) -> {
            check.append(check.isEmpty() ? "" : "\n").append(k).append('=').append(v);
            query.append(query.isEmpty() ? "" : "&").append(k).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        String hash = HexFormat.of().formatHex(hmac(secretKey, check.toString().getBytes(StandardCharsets.UTF_8)));
        return query + "&hash=" + hash;
    }

    private boolean fresh(String authDate) {
        if (authDate == null || !authDate.matches("\\d{1,12}")) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(authDate));
        Instant now = clock.instant();
        return !at.isBefore(now.minus(maxAge)) && !at.isAfter(now.plus(FUTURE_SKEW));
    }

    private static Optional<TelegramUser> user(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode id = node.get("id");
            if (id == null || !id.canConvertToLong() || id.asLong() <= 0) {
                return Optional.empty();
            }
            JsonNode lang = node.get("language_code");
            return Optional.of(new TelegramUser(id.asLong(), lang == null || !lang.isString() ? "" : lang.asString()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Who opened the Mini App, as Telegram signed it: the user id and the app's language. */
    public record TelegramUser(long id, String languageCode) { }
}
