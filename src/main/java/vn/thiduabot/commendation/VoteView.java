package vn.thiduabot.commendation;

import java.time.Instant;
import java.time.LocalDate;

/** A council vote as any front end may show it: where and when it met, when it closes, who opened and closed it. */
public record VoteView(long id, String schoolYear, String place, LocalDate meetingDate, Instant closesAt, boolean open,
                       long openedBy, Long closedBy, Instant closedAt, int councilSize) {

    static VoteView of(CommendationStore.VoteRow r) {
        return new VoteView(r.id(), r.schoolYear(), r.place(), r.meetingDate(), r.closesAt(), r.open(), r.openedBy(), r.closedBy(),
                r.closedAt(), r.councilSize());
    }

    /** Closed at its configured time rather than by someone. */
    public boolean closedAutomatically() {
        return !open && closedBy == null;
    }
}
