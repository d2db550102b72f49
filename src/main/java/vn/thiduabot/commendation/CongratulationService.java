package vn.thiduabot.commendation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.commendation.CommendationStore.ListStatus;
import vn.thiduabot.people.Person;

/**
 * The congratulation the decider of the year's list may send to everyone once the list is approved: only who
 * decided that list (the principal, or the substitute when the list proposed a principal), and only once per
 * school year (a row per year in commendation_congratulation; a second attempt, or a race, is refused).
 */
@Service
public class CongratulationService {

    private final Commendations service;
    private final ListDecisionService decisions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CongratulationService(Commendations service, ListDecisionService decisions, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.service = service;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** When and by whom a year's congratulation was sent. */
    public record Sent(long sentBy, Instant at) { }

    /** Refused unless this person may send the congratulation now: the list approved, they decided it, none sent yet. */
    @Transactional(readOnly = true, noRollbackFor = DecisionRefused.class)
    public void checkCanSend(Person me) {
        Campaign c = service.campaign();
        if (service.state(c.schoolYear()).status() != ListStatus.APPROVED) {
            throw new DecisionRefused("announce.congrats.not-approved");
        }
        decisions.checkDecider(me);
        sent(c.schoolYear()).ifPresent(s -> {
            throw new DecisionRefused("announce.congrats.already", c.schoolYear(), service.staffMember(s.sentBy())
                    .map(v -> v.fullName()).orElse("#" + s.sentBy()));
        });
    }

    /** Records the congratulation and publishes it (the chat side sends it to everyone, in this transaction). */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public void send(Person me, String text) {
        checkCanSend(me);
        String year = service.campaign().schoolYear();
        Instant now = service.now();
        int inserted = jdbc.update("insert into commendation_congratulation (school_year, sent_by, sent_at, body) values (?, ?, ?, ?) "
                + "on conflict (school_year) do nothing", year, me.staffId(), now.toString(), text);
        if (inserted == 0) {
            throw new DecisionRefused("announce.congrats.already", year, me.fullName());
        }
        events.publishEvent(new CongratulationSent(year, me.staffId(), text, now));
    }

    /** The year's congratulation, if one was sent. */
    @Transactional(readOnly = true)
    public Optional<Sent> sent(String year) {
        List<Sent> rows = jdbc.query("select sent_by, sent_at from commendation_congratulation where school_year = ?",
                (rs, i) -> new Sent(rs.getLong(1), Instant.parse(rs.getString(2))), year);
        return rows.stream().findFirst();
    }
}
