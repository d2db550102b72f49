package vn.thiduabot.reminder;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;

/**
 * Fires one occurrence: skipped when its day has passed, postponed in quiet hours, otherwise every
 * recipient is handled in one transaction together with the record that the occurrence has run.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    /** What the scheduler should do after a firing. */
    sealed interface Outcome {
        record Done(int sent) implements Outcome { }
        record Skipped(String why) implements Outcome { }
        record Postpone(ZonedDateTime until) implements Outcome { }
    }

    private final Campaigns campaigns;
    private final Map<ReminderKind, ReminderAudience> audiences;
    private final ReminderDeliveryRepository deliveries;
    private final ReminderRunRepository runs;
    private final NotificationPreferences preferences;
    private final ReminderChannel channel;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final QuietHours quiet;
    private final EntityManager em;

    ReminderService(Campaigns campaigns, List<ReminderAudience> audiences, ReminderDeliveryRepository deliveries,
                    ReminderRunRepository runs, NotificationPreferences preferences, ReminderChannel channel,
                    TransactionTemplate tx, Clock clock, EntityManager em,
                    @Value("${thidua.reminders.quiet-start:21:00}") String quietStart,
                    @Value("${thidua.reminders.quiet-end:06:30}") String quietEnd) {
        this.campaigns = campaigns;
        this.audiences = audiences.stream().collect(Collectors.toMap(ReminderAudience::kind, Function.identity()));
        this.deliveries = deliveries;
        this.runs = runs;
        this.preferences = preferences;
        this.channel = channel;
        this.tx = tx;
        this.clock = clock;
        this.quiet = new QuietHours(LocalTime.parse(quietStart), LocalTime.parse(quietEnd));
        this.em = em;
    }

    /** Every occurrence the bot can send (kinds with an audience), for every campaign file. */
    List<Planned> plan() {
        return campaigns.all().stream()
                .flatMap(c -> ReminderCalendar.plan(c).stream().map(o -> new Planned(o, c)))
                .filter(p -> audiences.containsKey(p.occurrence().kind()))
                .toList();
    }

    record Planned(ReminderOccurrence occurrence, Campaign campaign) { }

    static final String DIGEST_PREFIX = "digest:";
    /** Monday morning, before the school day. */
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 30);
    private static final Pattern DIGEST_ID = Pattern.compile("digest:(\\d{4})-W(\\d{2})");

    boolean hasDigest() {
        return audiences.containsKey(ReminderKind.WEEKLY_DIGEST);
    }

    /** The weekly digest of the week today falls in (ISO weeks, Monday first) on the bot's clock, e.g. digest:2026-W48. */
    String digestOccurrenceId() {
        LocalDate today = LocalDate.now(clock);
        return DIGEST_PREFIX + today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * A weekly digest is not in the calendar of dates: its occurrence is the week. Due Monday 07:30,
     * still worth sending until Sunday; about the current campaign.
     */
    private Optional<Planned> digest(String occurrenceId) {
        Matcher m = DIGEST_ID.matcher(occurrenceId);
        if (!m.matches() || !hasDigest() || campaigns.all().isEmpty()) {
            return Optional.empty();
        }
        Campaign c = campaigns.current();
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.MONDAY);
        return Optional.of(new Planned(new ReminderOccurrence(occurrenceId, ReminderKind.WEEKLY_DIGEST, "digest",
                ZonedDateTime.of(monday, DIGEST_TIME, c.zone()), monday.plusDays(6), monday, null), c));
    }

    boolean hasRun(String occurrenceId) {
        return runs.existsById(occurrenceId);
    }

    /** Runs an occurrence now (called by the Quartz job, or by tests). */
    Outcome fire(String occurrenceId) {
        Optional<Planned> planned = occurrenceId.startsWith(DIGEST_PREFIX) ? digest(occurrenceId)
                : plan().stream().filter(p -> p.occurrence().id().equals(occurrenceId)).findFirst();
        if (planned.isEmpty()) {
            return new Outcome.Skipped("no longer in any campaign file");
        }
        ReminderOccurrence occurrence = planned.get().occurrence();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(planned.get().campaign().zone()));
        LocalDate today = now.toLocalDate();
        if (today.isAfter(occurrence.lastUseful())) {
            tx.executeWithoutResult(s -> markRun(occurrenceId));
            return new Outcome.Skipped("its day has passed");
        }
        if (quiet.isQuiet(now.toLocalTime())) {
            ZonedDateTime until = quiet.nextAllowed(now);
            if (until.toLocalDate().isAfter(occurrence.lastUseful())) {
                tx.executeWithoutResult(s -> markRun(occurrenceId));
                return new Outcome.Skipped("quiet hours until after its day");
            }
            return new Outcome.Postpone(until);
        }
        Integer sent = null;
        for (int attempt = 1; sent == null; attempt++) {
            try {
                sent = tx.execute(s -> {
                    Deliveries d = new Deliveries(occurrence, deliveries, preferences, channel, em, clock.instant());
                    audiences.get(occurrence.kind()).deliver(occurrence, planned.get().campaign(), d);
                    markRun(occurrenceId);
                    return d.sent();
                });
            } catch (DataIntegrityViolationException e) {
                // PostgreSQL, several writers: the same occurrence was delivered at the same moment elsewhere (a double
                // trigger) and committed first; nothing of this attempt was kept. Again: only whoever it missed is left.
                if (attempt >= 3) {
                    throw e;
                }
                log.info("Reminder {} was being sent elsewhere at the same time; checking who is left", occurrenceId);
            }
        }
        log.info("Reminder {} sent to {} people", occurrenceId, sent);
        return new Outcome.Done(sent == null ? 0 : sent);
    }

    private void markRun(String occurrenceId) {
        if (!runs.existsById(occurrenceId)) {
            runs.save(new ReminderRun(occurrenceId, clock.instant()));
        }
    }

    /** For tests and admins: how many people have had an occurrence. */
    public long deliveredCount(String occurrenceId) {
        return deliveries.countByIdOccurrenceId(occurrenceId);
    }
}
