package vn.thiduabot.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can move. It either stands still at an instant ({@link #set}, {@link #advance}) or, after
 * {@link #followSystem}, ticks with the computer's clock as the application's own clock would: the clock of
 * {@link BotTest}, reset to the system's time before every test class so each class starts as on a fresh
 * application.
 */
public class MutableClock extends Clock {

    /** null: the system's time. */
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A clock that ticks with the system until a test sets or advances it. */
    public static MutableClock followingSystem(ZoneId zone) {
        return new MutableClock(null, zone);
    }

    public synchronized void advance(Duration d) {
        now = instant().plus(d);
    }

    /** Stands still at this instant. */
    public void set(Instant instant) {
        now = instant;
    }

    /** Ticks with the system's clock again. */
    public void followSystem() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }
}
