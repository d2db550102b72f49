package vn.thiduabot.report;

import vn.thiduabot.people.Names;
import java.time.LocalDate;
import java.util.Locale;

/** A file the bot made, ready to attach: its name and its bytes. */
public record ReportFile(String fileName, byte[] content) {

    public static final String XLSX = ".xlsx";

    /**
     * {@code base_[scope_]2023-2024_2023-09-15.xlsx}: the school year and the day it was made, so files
     * sent on different days never overwrite each other in the secretary's downloads.
     */
    static String name(String base, String scope, String schoolYear, LocalDate madeOn) {
        StringBuilder sb = new StringBuilder(base);
        if (scope != null && !scope.isBlank()) {
            sb.append('_').append(slug(scope));
        }
        return sb.append('_').append(schoolYear).append('_').append(madeOn).append(XLSX).toString();
    }

    /** ASCII, lower case, words joined by hyphens: a team name as it can travel in a file name. */
    static String slug(String text) {
        return Names.stripAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
