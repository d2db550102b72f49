package vn.thiduabot.registration;

import vn.thiduabot.chat.Texts;

import vn.thiduabot.people.Names;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.chat.FreeText;

/**
 * What a person typed as the answer to a target or an initiative question, checked and turned into
 * the stored, language-neutral value: NUMBER "12", PERCENT "85.5", TEXT as typed (trimmed), YES_NO
 * "yes" / "no". A refusal names the message key and arguments that explain it.
 */
public final class TargetInput {

    public static final int MAX_TEXT = FreeText.ANSWER.max();
    public static final int MAX_INITIATIVE_TITLE = FreeText.TITLE.max();
    public static final int MAX_INITIATIVE_SUBJECT = FreeText.SUBJECT.max();
    /** Far above any count a teacher commits to (lessons, prizes); a longer number is a typing slip. */
    public static final long MAX_NUMBER = 100_000;
    public static final String YES = "yes";
    public static final String NO = "no";

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** 85, 85.5, 85,5, 85%, 85,5 % */
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,6})(?:[.,](\\d+))?\\s*%?");

    private TargetInput() {
    }

    /** The outcome: a value to store, or the key (and arguments) of a polite refusal. */
    public sealed interface Result permits Ok, Refused { }

    public record Ok(String value) implements Result { }

    public record Refused(String key, Object... args) implements Result { }

    public static Result parse(TargetType type, String raw) {
        String in = raw == null ? "" : raw.strip();
        return switch (type) {
            case NUMBER -> number(in);
            case PERCENT -> percent(in);
            case TEXT -> text(in, MAX_TEXT);
            case YES_NO -> yesNo(in);
        };
    }

    public static Result number(String in) {
        if (!NUMBER.matcher(in).matches()) {
            return new Refused("registration.input.number", Texts.shorten(in, 40));
        }
        String digits = in.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 6 || Long.parseLong(digits) > MAX_NUMBER) {
            return new Refused("registration.input.number-too-large", Texts.shorten(in, 40), String.valueOf(MAX_NUMBER));
        }
        return new Ok(digits);
    }

    public static Result percent(String in) {
        Matcher m = PERCENT.matcher(in);
        if (!m.matches()) {
            return new Refused("registration.input.percent", Texts.shorten(in, 40));
        }
        if (m.group(2) != null && m.group(2).length() > 2) {
            return new Refused("registration.input.percent-decimals", Texts.shorten(in, 40));
        }
        BigDecimal value = new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new Refused("registration.input.percent-range", Texts.shorten(in, 40));
        }
        return new Ok(value.stripTrailingZeros().toPlainString());
    }

    /** Stored with accents composed (NFC), so a letter counts and sorts once however the phone typed it. */
    public static Result text(String in, int max) {
        if (in.isEmpty()) {
            return new Refused("registration.input.text-empty");
        }
        String composed = java.text.Normalizer.normalize(in, java.text.Normalizer.Form.NFC);
        int length = FreeText.length(composed);
        if (length > max) {
            return new Refused("registration.input.text-too-long", length, max);
        }
        return new Ok(composed);
    }

    /** Buttons are offered; a typed yes or no in either language is understood too. */
    public static Result yesNo(String in) {
        String folded = Names.fold(in);
        return switch (folded) {
            case "co", "yes", "y", "c" -> new Ok(YES);
            case "khong", "no", "n", "k", "ko" -> new Ok(NO);
            default -> new Refused("registration.input.yes-no");
        };
    }

    /** A stored percent as people write it: 85,5 in Vietnamese, 85.5 in English. */
    public static String showPercent(String stored, Locale locale) {
        return ("vi".equals(locale.getLanguage()) ? stored.replace('.', ',') : stored) + "%";
    }

}
