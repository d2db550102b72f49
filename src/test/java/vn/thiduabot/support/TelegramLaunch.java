package vn.thiduabot.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Telegram puts in a Mini App's address when it opens it (see {@link Browser#telegramHash}):
 * {@code #tgWebAppData=<initData>&tgWebAppVersion=8.0&tgWebAppPlatform=android&tgWebAppThemeParams=<JSON>}, each value
 * URL-encoded (the initData, itself a query string, is encoded once more as a whole). Read by the page through
 * Telegram's script, in tests its stub {@code src/test/resources/static/test/telegram-web-app.js}.
 */
final class TelegramLaunch {

    static final String VERSION = "8.0";
    static final String PLATFORM = "android";

    static final Map<String, String> LIGHT_THEME = theme(
            "bg_color", "#ffffff", "text_color", "#000000", "hint_color", "#a8a8a8", "link_color", "#2678b6",
            "button_color", "#50a8eb", "button_text_color", "#ffffff", "secondary_bg_color", "#f0f0f0",
            "header_bg_color", "#527da3", "accent_text_color", "#1c93e3", "section_bg_color", "#ffffff",
            "section_header_text_color", "#3a95d5", "subtitle_text_color", "#82868a", "destructive_text_color",
            "#cc2929");

    static final Map<String, String> DARK_THEME = theme(
            "bg_color", "#212d3b", "text_color", "#ffffff", "hint_color", "#7d8b99", "link_color", "#5eabe1",
            "button_color", "#5289c1", "button_text_color", "#ffffff", "secondary_bg_color", "#151e27",
            "header_bg_color", "#242d39", "accent_text_color", "#64b5ef", "section_bg_color", "#1d2733",
            "section_header_text_color", "#79c4fc", "subtitle_text_color", "#7b8790", "destructive_text_color",
            "#ee686f");

    private TelegramLaunch() {
    }

    static String hash(String initData, Map<String, String> themeParams) {
        return "#tgWebAppData=" + encode(initData)
                + "&tgWebAppVersion=" + VERSION
                + "&tgWebAppPlatform=" + PLATFORM
                + "&tgWebAppThemeParams=" + encode(json(themeParams));
    }

    /** A JSON object of strings, in the map's order (Telegram's theme params: colour names to #rrggbb). */
    static String json(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** URL-encodes as JavaScript's encodeURIComponent, which Telegram's clients use (a space is %20, not +). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static Map<String, String> theme(String... keysAndColors) {
        Map<String, String> theme = new LinkedHashMap<>();
        for (int i = 0; i < keysAndColors.length; i += 2) {
            theme.put(keysAndColors[i], keysAndColors[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(theme);
    }
}
