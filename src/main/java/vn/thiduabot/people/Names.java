package vn.thiduabot.people;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * People's names as people type them: any case, with or without Vietnamese accents. The one place
 * that folds text for comparison and searches a list of people by name.
 */
public final class Names {

    private Names() {
    }

    /** Without diacritics, the letter d-with-stroke as d, case kept: a name as it can travel in a file name. */
    public static String stripAccents(String s) {
        String plain = (s == null ? "" : s).replace('\u0111', 'd').replace('\u0110', 'D');
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * Lower case, no diacritics, single spaces: two spellings of one name (with or without accents,
     * extra spaces) compare equal: a name typed without its accents matches the name on the staff list.
     */
    public static String fold(String s) {
        return stripAccents(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /**
     * The people whose names match what was typed, accents optional, in the given order. Whole words
     * first (a typed given name finds the person of that name, not everyone whose name contains those letters); when no name has all the typed words, any name
     * containing the typed text. Nothing for a blank search.
     */
    public static <T> List<T> search(Collection<T> people, Function<T, String> name, String typed) {
        String wanted = fold(typed);
        if (wanted.isBlank()) {
            return List.of();
        }
        List<String> words = List.of(wanted.split(" "));
        List<T> whole = people.stream().filter(p -> List.of(fold(name.apply(p)).split(" ")).containsAll(words)).toList();
        return !whole.isEmpty() ? whole : people.stream().filter(p -> fold(name.apply(p)).contains(wanted)).toList();
    }
}
