package vn.thiduabot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.thiduabot.chat.Texts;

/**
 * The page's texts: every key {@code web.*} of messages/messages_{vi,en}.properties, as patterns the page
 * fills in ({@code {0}}; MessageFormat's {@code ''} already turned into {@code '}). The page holds no text of
 * its own, so a school edits one file for the chat and the page alike. Read once per language.
 */
final class WebTexts {

    static final String PREFIX = "web.";

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    Map<String, String> all(Locale locale) {
        String lang = Texts.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi";
        return byLanguage.computeIfAbsent(lang, WebTexts::load);
    }

    private static Map<String, String> load(String lang) {
        Properties p = new Properties();
        String resource = "messages/messages_" + lang + ".properties";
        try (InputStream in = WebTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> texts.put(k, p.getProperty(k).replace("''", "'")));
        return Collections.unmodifiableMap(texts);
    }
}
