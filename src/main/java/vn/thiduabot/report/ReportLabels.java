package vn.thiduabot.report;

import java.util.Locale;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts written into the files (sheet names, titles, column headers), from the {@code report.*}
 * keys of messages/messages_vi.properties.
 *
 * <p>The files are always produced in Vietnamese, whatever language the person who asked for them
 * chose in the bot: they are the school's papers for the Department of Education, whose forms are in
 * Vietnamese. Only the chat caption follows the user's language. The English file keys exist because
 * every key must be present in both message files.
 *
 * <p>A plain class rather than a Spring bean, so the workbook builders can be tested and benchmarked
 * without an application context.
 */
public final class ReportLabels {

    static final Locale LANGUAGE = Locale.forLanguageTag("vi");

    private static final ReportLabels VIETNAMESE = new ReportLabels();

    private final ResourceBundleMessageSource source;

    private ReportLabels() {
        source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(LANGUAGE);
    }

    /** The labels of every file the bot produces (Vietnamese, see above). */
    public static ReportLabels vietnamese() {
        return VIETNAMESE;
    }

    /** A text of the files; numbers in {@code args} should be passed as strings (MessageFormat would group them). */
    public String text(String key, Object... args) {
        try {
            return source.getMessage(key, args, LANGUAGE);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }
}
