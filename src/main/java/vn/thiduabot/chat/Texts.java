package vn.thiduabot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Renders message keys from messages/messages_{vi,en}.properties. Vietnamese is the default. */
@Component
public class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Logger log = LoggerFactory.getLogger(Texts.class);

    private final MessageSource messages;

    /**
     * Our own source rather than Boot's: Boot only creates one when a base messages.properties exists,
     * and we want no third language that silently wins. Unknown locales fall back to Vietnamese.
     */
    Texts() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        this.messages = source;
    }

    public String get(Locale locale, String key, Object... args) {
        try {
            return messages.getMessage(key, args, locale == null ? VIETNAMESE : locale);
        } catch (NoSuchMessageException e) {
            // A missing key is a bug (MessagesTest guards it); showing the key keeps the bot answering.
            log.error("Missing message key {}", key);
            return key;
        }
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /**
     * What a person typed, cut to at most {@code max} characters (the last an ellipsis) so an echo
     * of it fits a button or an error message.
     */
    public static String shorten(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() > max ? t.substring(0, max - 1) + "\u2026" : t;
    }

    public static Locale locale(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : VIETNAMESE;
    }
}
