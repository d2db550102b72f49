package vn.thiduabot.reminder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;

/**
 * Monday 07:30: the secretaries get the digest and its chart; the principal gets what waits for their decision,
 * and nothing in a week when nothing does. One occurrence per ISO week, so a second firing in the
 * same week (a restart, a misfire) sends nobody anything twice.
 */
@Component
class WeeklyDigest implements ReminderAudience {

    private final Digest digest;
    private final StaffDirectory staff;

    WeeklyDigest(Digest digest, StaffDirectory staff) {
        this.digest = digest;
        this.staff = staff;
    }

    @Override
    public ReminderKind kind() {
        return ReminderKind.WEEKLY_DIGEST;
    }

    @Override
    public void deliver(ReminderOccurrence o, Campaign c, Deliveries deliveries) {
        Map<Long, Person> secretaries = new LinkedHashMap<>();
        staff.linkedWithRole(Role.SECRETARY).forEach(u -> secretaries.put(u.staffId(), u));
        List<Person> principals = staff.linkedWithRole(Role.PRINCIPAL).stream()
                .filter(u -> !secretaries.containsKey(u.staffId())).toList();
        if (secretaries.isEmpty() && principals.isEmpty()) {
            return;
        }
        Digest.Facts facts = digest.facts(c);
        Map<Locale, DigestPost> posts = new HashMap<>(); // drawn once per language, not once per secretary
        for (Person u : secretaries.values()) {
            deliveries.sendPost(u, posts.computeIfAbsent(u.locale(), l -> digest.fullPost(l, facts)));
        }
        for (Person u : principals) {
            List<String> mine = digest.forPrincipal(u.locale(), facts, false);
            if (!mine.isEmpty()) {
                deliveries.sendTexts(u, mine, null);
            }
        }
    }
}
