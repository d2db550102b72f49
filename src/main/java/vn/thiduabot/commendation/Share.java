package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A share such as 4 of 7, shown as a percentage rounded to a whole number (57%). When rounding would
 * hide which side of a threshold the share falls on (69.6% shown as 70% against 70%), one decimal is
 * shown instead. Comparisons are always exact.
 */
public record Share(int part, int whole) {

    BigDecimal percent() {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    boolean atLeast(BigDecimal thresholdPercent) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    boolean moreThan(BigDecimal thresholdPercent) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    /** e.g. "57%", or "69,6%" in Vietnamese next to a 70% threshold. */
    public String format(Locale locale, BigDecimal threshold) {
        BigDecimal p = percent();
        BigDecimal rounded = p.setScale(0, RoundingMode.HALF_UP);
        boolean misleading = threshold != null && rounded.compareTo(threshold) == 0 && p.compareTo(threshold) != 0;
        return number(misleading ? p.setScale(1, RoundingMode.HALF_UP) : rounded, locale) + "%";
    }

    String format(Locale locale) {
        return format(locale, null);
    }

    public static String number(BigDecimal n, Locale locale) {
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return f.format(n.stripTrailingZeros());
    }
}
