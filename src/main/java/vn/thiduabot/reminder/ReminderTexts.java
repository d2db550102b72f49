package vn.thiduabot.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thiduabot.nomination.Quarter;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Texts;

/** What reminders and digests have in common: texts in the reader's language, days left, splitting. */
@Component
class ReminderTexts {

    /** Telegram refuses more than 4,096 characters; a little room is kept. */
    static final int MAX_MESSAGE = 4000;

    private final Texts messages;
    private final Clock clock;

    ReminderTexts(Texts messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    String text(Person to, String key, Object... args) {
        return messages.get(to.locale(), key, args);
    }

    /** Today in the campaign's time zone, by the bot's clock. */
    LocalDate today(Campaign c) {
        return LocalDate.now(clock.withZone(c.zone()));
    }

    long daysLeft(Campaign c, LocalDate deadline) {
        return ChronoUnit.DAYS.between(today(c), deadline);
    }

    /** "3 days left", "1 day left" or "today is the last day", from today to the deadline (which is included). */
    String daysLeft(Locale locale, Campaign c, LocalDate deadline) {
        long days = daysLeft(c, deadline);
        if (days <= 0) {
            return text(locale, "reminder.days.today");
        }
        return days == 1 ? text(locale, "reminder.days.one") : text(locale, "reminder.days.many", String.valueOf(days));
    }

    static String date(LocalDate d) {
        return Texts.date(d);
    }

    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * Lines joined into as few messages as possible, each at most {@code max} characters, cut only
     * between lines (a single line longer than that is cut where it must).
     */
    static List<String> chunks(List<String> lines, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String rest = line;
            while (rest.length() > max) {
                if (current.length() > 0) {
                    out.add(current.toString().stripTrailing());
                    current.setLength(0);
                }
                out.add(rest.substring(0, max));
                rest = rest.substring(max);
            }
            int needed = rest.length() + (current.length() > 0 ? 1 : 0);
            if (current.length() + needed > max) {
                out.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(rest);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().stripTrailing());
        }
        return out;
    }

    /** A quarter as people read it in their language (its number and year). */
    String quarter(Locale l, Quarter q) {
        return text(l, "nomination.quarter", String.valueOf(q.year()), String.valueOf(q.number()));
    }
}
