package vn.thiduabot.staff;

/** Name helpers other features need for accent-insensitive search and comparison of people's names. */
public final class StaffNames {

    private StaffNames() {
    }

    /**
     * Lower case, no diacritics, the letter d-with-stroke as d, single spaces: the same folding the
     * staff search uses, so two spellings of one name (with or without accents) compare equal.
     */
    public static String fold(String name) {
        return AccountLinking.fold(name);
    }
}
