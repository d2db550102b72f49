package vn.thiduabot.commendation;

import java.util.Locale;
import vn.thiduabot.chat.Texts;

/** Amounts in VND: 2.340.000 in Vietnamese, 2,340,000 in English (the currency sign comes from the message files). */
final class Money {

    private Money() {
    }

    static String digits(long amount, Locale locale) {
        char sep = Texts.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ',' : '.';
        String s = Long.toString(Math.abs(amount));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append(sep);
            }
            b.append(s.charAt(i));
        }
        return (amount < 0 ? "-" : "") + b;
    }
}
