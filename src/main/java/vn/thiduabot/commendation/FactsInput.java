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
final class FactsInput {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FactsInput() {
    }

    /** A day written dd/MM/yyyy (one-digit day and month accepted); empty if it is not a real date. */
    static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A research project as typed; {@code decision} and {@code decided} are null when not given. */
    record Research(String name, String decision, LocalDate decided) { }

    /**
     * "name; number; dd/MM/yyyy", or just "name". Refused with a message key when the number is given
     * without a valid date, or a part is empty or too long.
     */
    static Research research(String text, int maxDecision) {
        String[] parts = text.split(";", -1);
        String name = parts[0].strip();
        if (name.isEmpty() || parts.length == 2 || parts.length > 3) {
            throw new Commendations.Refused("commendation.input.research-format");
        }
        if (parts.length == 1) {
            return new Research(name, null, null);
        }
        String decision = parts[1].strip();
        if (decision.isEmpty() || decision.length() > maxDecision) {
            throw new Commendations.Refused("commendation.input.research-format");
        }
        LocalDate decided = day(parts[2]).orElseThrow(() -> new Commendations.Refused("commendation.input.research-format"));
        return new Research(name, decision, decided);
    }
}
