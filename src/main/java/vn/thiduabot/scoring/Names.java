package vn.thiduabot.scoring;

import java.text.Normalizer;
import java.util.Locale;

/** Name matching as people type names: any case, with or without Vietnamese accents. */
final class Names {

    private Names() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('\u0111', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").trim();
    }
}
