package vn.thiduabot.support;

import java.time.Instant;
import java.util.Collection;

/**
 * Sends per second over a run, from each send's moment: overall, and the most in any one second (a
 * sliding window [t, t + 1 s) from every send). {@code maxAfterFirst} leaves out the windows that start in
 * the run's first second, where a full token bucket's burst adds to the second's refill.
 */
public record SendRate(int count, double seconds, int maxInAnySecond, int maxAfterFirst) {

    private static final long SECOND = 1_000_000_000L;

    public double perSecond() {
        return count / seconds;
    }

    public static SendRate ofInstants(Collection<Instant> moments) {
        return ofNanos(moments.stream().mapToLong(i -> i.getEpochSecond() * SECOND + i.getNano()).toArray());
    }

    public static SendRate ofNanos(long[] moments) {
        long[] t = moments.clone();
        java.util.Arrays.sort(t);
        int max = 0;
        int maxAfterFirst = 0;
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            while (j < t.length && t[j] < t[i] + SECOND) {
                j++;
            }
            max = Math.max(max, j - i);
            if (t[i] >= t[0] + SECOND) {
                maxAfterFirst = Math.max(maxAfterFirst, j - i);
            }
        }
        // n sends span n - 1 intervals: the run lasts one more interval than first-to-last
        double seconds = t.length < 2 ? 1 : (t[t.length - 1] - t[0]) / 1e9 * t.length / (t.length - 1);
        return new SendRate(t.length, seconds, max, maxAfterFirst);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d sends in %.1f s = %.1f/s, at most %d in any one second (%d after the first)",
                count, seconds, perSecond(), maxInAnySecond, maxAfterFirst);
    }
}
