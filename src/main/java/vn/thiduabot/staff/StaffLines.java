package vn.thiduabot.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a staff file as they are read, with the file's caps checked on the way: reading stops
 * at the first line past a cap, so an oversized file is refused before it is held in memory.
 * A cell counts towards the columns only if it holds something (Excel keeps empty styled cells).
 */
final class StaffLines {

    /** One line of the file: its number as the user sees it (1 = first line) and its cells. */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> StaffFileReader.clean(c).isEmpty());
        }
    }

    /** Thrown from inside a parser's callback (which cannot throw a checked exception) to stop reading. */
    static final class Stop extends RuntimeException {
        final transient StaffFileReader.Invalid reason;

        Stop(StaffFileReader.Invalid reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    private final StaffFileReader.Limits limits;
    private final List<Line> lines = new ArrayList<>();
    private int nonBlank;

    StaffLines(StaffFileReader.Limits limits) {
        this.limits = limits;
    }

    /** @throws Stop when the line has a value past the last column allowed, or there are surely too many rows */
    void add(int number, List<String> cells) {
        Line line = new Line(number, List.copyOf(cells));
        if (line.blank()) {
            return; // blank lines are never data; their numbers stay those of the file
        }
        for (int c = cells.size() - 1; c >= limits.maxColumns(); c--) {
            if (!StaffFileReader.clean(cells.get(c)).isEmpty()) {
                throw tooManyColumns(limits);
            }
        }
        // the header is among the first HEADER_SEARCH_ROWS non-blank lines, so more than this many is
        // more than maxRows data rows whatever the header; the exact count is checked once the header is known
        if (++nonBlank > limits.maxRows() + StaffFileReader.HEADER_SEARCH_ROWS) {
            throw tooManyRows(limits);
        }
        lines.add(line);
    }

    StaffFileReader.Limits limits() {
        return limits;
    }

    List<Line> lines() {
        return lines;
    }

    static Stop tooManyRows(StaffFileReader.Limits limits) {
        return new Stop(new StaffFileReader.Invalid("import.error.too-many-rows", limits.maxRows()));
    }

    static Stop tooManyColumns(StaffFileReader.Limits limits) {
        return new Stop(new StaffFileReader.Invalid("import.error.too-many-columns", limits.maxColumns()));
    }
}
