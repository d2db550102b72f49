package vn.thiduabot.staff;

import java.util.Optional;

/**
 * Vietnamese phone numbers in one form, +84 followed by the national number, so that
 * "0912 345 678", "+84912345678", "84-912-345-678" and Telegram's "84912345678" are one person.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The normalised number, or empty if this is not a Vietnamese mobile or landline number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim();
        boolean plus = s.startsWith("+");
        String digits = s.replaceAll("[\\s.\\-()]", "");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        String national;
        if (digits.startsWith("0084")) {
            national = digits.substring(4);
        } else if (digits.startsWith("84") && (plus || digits.length() >= 11)) {
            national = digits.substring(2);
        } else if (digits.startsWith("0") && !plus) {
            national = digits.substring(1);
        } else if (!plus && digits.length() == 9) {
            national = digits; // a spreadsheet that dropped the leading zero
        } else {
            return Optional.empty();
        }
        if (national.startsWith("0")) {
            national = national.substring(1); // "+84 0912..." typed with the trunk zero
        }
        boolean mobile = national.length() == 9 && "35789".indexOf(national.charAt(0)) >= 0;
        boolean landline = national.length() == 10 && national.charAt(0) == '2';
        return mobile || landline ? Optional.of("+84" + national) : Optional.empty();
    }

    /** For logs: never a phone number in clear. "+84912345678" becomes "+849****678". */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 4) + "****" + phone.substring(phone.length() - 3);
    }
}
