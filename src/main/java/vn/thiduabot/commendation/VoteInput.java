package vn.thiduabot.commendation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses what the secretary types when opening a vote or recording a written ballot. */
public final class VoteInput {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s+(\\d{1,2})[:hH](\\d{2})");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VoteInput() {
    }

    /** "20/05/2027" (also with dots or dashes). */
    public static Optional<LocalDate> date(String s) {
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "20/05/2027 16:30" (or 16h30) in the school's time zone. */
    public static Optional<Instant> dateTime(String s, ZoneId zone) {
        Matcher m = DATE_TIME.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(LocalDateTime.of(d, t).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }

    /** One choice per proposal: yes, no, or skipped (the member's own proposal). */
    public enum Choice { YES, NO, SKIP }

    /**
     * The choices of a written ballot, one per proposal in order, e.g. D K D - (or DKD-): D, the
     * Vietnamese D with a stroke, or Y for agree; K or N for disagree; a dash for the member's own
     * proposal. Spaces and commas are ignored. Empty if a character is none of these.
     */
    public static Optional<List<Choice>> choices(String s) {
        List<Choice> out = new ArrayList<>();
        for (char ch : s.toCharArray()) {
            char c = Character.toUpperCase(ch);
            if (c == ' ' || c == ',' || c == '\t') {
                continue;
            }
            if (c == 'D' || c == '\u0110' || c == 'Y') {
                out.add(Choice.YES);
            } else if (c == 'K' || c == 'N') {
                out.add(Choice.NO);
            } else if (c == '-') {
                out.add(Choice.SKIP);
            } else {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
