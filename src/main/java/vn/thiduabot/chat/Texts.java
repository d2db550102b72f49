package vn.thiduabot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Renders message keys from messages/messages_{vi,en}.properties. Vietnamese is the default. */
@Component
public class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Locale locale, String key, Object... args) {
        try {
            return messages.getMessage(key, args, locale == null ? VIETNAMESE : locale);
        } catch (NoSuchMessageException e) {
            // A missing key is a bug; showing the key keeps the bot answering instead of crashing.
            return key;
        }
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    public static Locale locale(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : VIETNAMESE;
    }
}
