package vn.thiduabot.commendation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads the typed facts the title rules need: a date as dd/MM/yyyy, and a research project with its
 * acceptance decision as "name; decision number; dd/MM/yyyy" (research counts for CSTĐCS only with
 * both the number and the date).
 */
public final class FactsInput {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FactsInput() {
    }

    /** A day written dd/MM/yyyy (one-digit day and month accepted); empty if it is not a real date. */
    public static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A research project as typed; {@code decision} and {@code decided} are null when not given. */
    public record Research(String name, String decision, LocalDate decided) { }

    /**
     * "name; number; dd/MM/yyyy", or just "name" (which may itself contain ";"). The text is read as
     * name, number and date only when it ends in a date; a date that does not exist (31/02/2027), an
     * empty or too long number is refused with a message key.
     */
    public static Research research(String text, int maxDecision) {
        int last = text.lastIndexOf(';');
        int before = last < 0 ? -1 : text.lastIndexOf(';', last - 1);
        String tail = last < 0 ? "" : text.substring(last + 1).strip();
        if (before < 0 || !tail.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return new Research(text.strip(), null, null);
        }
        String name = text.substring(0, before).strip();
        String decision = text.substring(before + 1, last).strip();
        LocalDate decided = day(tail).orElse(null);
        if (name.isEmpty() || decision.isEmpty() || decision.length() > maxDecision || decided == null) {
            throw new Commendations.Refused("commendation.input.research-format");
        }
        return new Research(name, decision, decided);
    }
}
