package vn.thiduabot.commendation;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.commendation.CommendationStore.ListState;
import vn.thiduabot.commendation.CommendationStore.ListStatus;
import vn.thiduabot.commendation.Commendations.ListView;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The principal's decision on the year's list: the secretary submits it to its deciders ({@link ListDeciders});
 * a decider approves it (over its rule violations only when they confirm a second time, which is recorded)
 * or returns it with a reason. Nobody decides a list that proposes them.
 */
@Service
public class ListDecisionService {

    private static final Logger log = LoggerFactory.getLogger(ListDecisionService.class);

    private final Commendations service;
    private final CommendationStore store;
    private final ListDeciders deciders;
    private final ApplicationEventPublisher events;

    ListDecisionService(Commendations service, CommendationStore store, ListDeciders deciders, ApplicationEventPublisher events) {
        this.service = service;
        this.store = store;
        this.deciders = deciders;
        this.events = events;
    }

    /** What submitting did: the proposals and violations on the list, and who decides it. */
    public record Submission(int proposals, int violations, List<String> deciders) { }

    /** The secretary sends the list to its deciders. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public Submission submit(long secretary) {
        Campaign c = service.campaign();
        ListView v = service.view(c);
        if (!v.state().editable()) {
            throw new DecisionRefused(v.state().status() == ListStatus.APPROVED ? "commendation.list.locked-approved"
                    : "commendation.list.locked-submitted");
        }
        if (v.proposals().isEmpty()) {
            throw new DecisionRefused("commendation.submit.empty");
        }
        if (store.openVote(c.schoolYear()).isPresent()) {
            throw new DecisionRefused("commendation.submit.vote-open");
        }
        ListDeciders.Who who = deciders.of(c, v);
        if (!who.named().isEmpty() && who.deciders().isEmpty()) {
            // A principal is proposed and nobody is named (or linked) to decide instead: say what to configure.
            throw new DecisionRefused("decision.substitute.missing");
        }
        if (who.deciders().isEmpty()) {
            throw new DecisionRefused("commendation.submit.no-principal");
        }
        int round = v.state().round() + 1;
        if (!store.moveList(c.schoolYear(), v.state(), ListStatus.SUBMITTED, round, service.now())) {
            throw new DecisionRefused("error.concurrent");
        }
        events.publishEvent(new ListSubmitted(c.schoolYear(), round, secretary, v.proposals().size(), v.violations().size(),
                v.money().total(), service.now()));
        log.info("Staff #{} submitted the {} commendation list (round {}, {} violations)", secretary, c.schoolYear(), round,
                v.violations().size());
        return new Submission(v.proposals().size(), v.violations().size(), who.deciders().stream().map(Person::fullName).toList());
    }

    /** Who decides the current list, and who it proposes. */
    @Transactional(readOnly = true)
    public ListDeciders.Who deciders() {
        Campaign c = service.campaign();
        return deciders.of(c, service.view(c));
    }

    /** Refused unless the current list waits for a decision in this round. */
    @Transactional(readOnly = true, noRollbackFor = DecisionRefused.class)
    public void checkWaiting(int round) {
        ListState state = store.list(service.campaign().schoolYear());
        if (state.status() != ListStatus.SUBMITTED || state.round() != round) {
            throw new DecisionRefused("commendation.decide.stale");
        }
    }

    /** Refused unless this person decides the list: never a principal it proposes; the substitute only for such a list. */
    @Transactional(readOnly = true, noRollbackFor = DecisionRefused.class)
    public void checkDecider(Person me) {
        ListDeciders.Who who = deciders();
        if (who.decides(me.staffId())) {
            return;
        }
        if (who.isNamed(me.staffId())) {
            throw new DecisionRefused(who.deciders().isEmpty() ? "decision.own.configure" : "decision.list.own");
        } else if (me.has(Role.PRINCIPAL)) {
            throw new DecisionRefused("decision.substitute.named",
                    who.deciders().stream().map(Person::fullName).collect(Collectors.joining(", ")));
        } else if (who.substitute().filter(x -> x.staffId() == me.staffId()).isPresent()) {
            throw new DecisionRefused("decision.substitute.only");
        }
        throw new DecisionRefused("error.forbidden");
    }

    /** How many rule violations the current list has (approving over them needs a second confirmation). */
    @Transactional(readOnly = true)
    public int violations() {
        return service.view().violations().size();
    }

    /** Approves the list in this round; {@code override}: the decider confirmed over its violations. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public void approve(long decider, int round, boolean override) {
        ListView v = service.view();
        move(v, round, ListStatus.APPROVED);
        boolean overridden = override && !v.violations().isEmpty();
        events.publishEvent(new ListApproved(v.campaign().schoolYear(), round, decider, overridden, v.violations().size(),
                v.money().total(), service.now()));
        log.info("Staff #{} decided the {} commendation list (round {}): {}", decider, v.campaign().schoolYear(), round,
                overridden ? "APPROVED_OVERRIDE" : "APPROVED");
    }

    /** Returns the list in this round to the secretary, with the reason. */
    @Transactional(noRollbackFor = DecisionRefused.class)
    public void returnList(long decider, int round, String reason) {
        ListView v = service.view();
        move(v, round, ListStatus.RETURNED);
        events.publishEvent(new ListReturned(v.campaign().schoolYear(), round, decider, reason, v.violations().size(),
                v.money().total(), service.now()));
        log.info("Staff #{} decided the {} commendation list (round {}): RETURNED", decider, v.campaign().schoolYear(), round);
    }

    private void move(ListView v, int round, ListStatus to) {
        if (!store.moveList(v.campaign().schoolYear(), v.state(), to, round, service.now())) {
            throw new DecisionRefused("commendation.decide.stale");
        }
    }
}
