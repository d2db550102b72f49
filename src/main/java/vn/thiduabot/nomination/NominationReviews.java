package vn.thiduabot.nomination;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Person;

/**
 * The three reviews of a sent nomination (team leader, council, principal): who may review it, the
 * decision (the nomination registers {@link NominationPassed} or {@link NominationRejected}), and
 * what waits for a reviewer.
 */
@Service
public class NominationReviews {

    private static final Logger log = LoggerFactory.getLogger(NominationReviews.class);

    private final NominationRepository nominations;
    private final NominationEventRepository events;
    private final PrincipalsOwnNominations principalsOwn;
    private final Clock clock;

    NominationReviews(NominationRepository nominations, NominationEventRepository events, PrincipalsOwnNominations principalsOwn,
                      Clock clock) {
        this.nominations = nominations;
        this.events = events;
        this.principalsOwn = principalsOwn;
        this.clock = clock;
    }

    /** Whether this person may review the nomination at this stage (besides holding the stage's role). */
    public boolean mayReview(Person user, Nomination n, ReviewStage stage) {
        if (stage == ReviewStage.PRINCIPAL && principalsOwn.principalIsParty(n)) {
            return principalsOwn.mayIntroduce(user, n);
        }
        if (!user.has(stage.reviewer) || NominationRules.involves(n, user.staffId())) {
            return false;
        }
        if (stage == ReviewStage.TEAM) {
            return n.getNominatorTeam() != null
                    && n.getNominatorTeam().equalsIgnoreCase(user.teamName() == null ? "" : user.teamName());
        }
        return true;
    }

    /**
     * Moves a nomination on if it still waits at this stage. Returns false, changing nothing, when
     * someone else already decided. The entity's version catches a change made at the same moment.
     */
    @Transactional
    public boolean decide(Nomination n, ReviewStage stage, boolean yes, long actorStaffId, String reason) {
        if (n.getStatus() != stage.waiting) {
            return false;
        }
        n.decide(stage, yes, actorStaffId, reason, clock.instant());
        nominations.saveAndFlush(n);
        log.info("Nomination #{}: {} -> {} by staff #{}", n.getId(), stage.waiting, n.getStatus(), actorStaffId);
        return true;
    }

    /** The change that took the nomination past this stage, to tell a late reviewer who decided. */
    @Transactional(readOnly = true)
    public Optional<NominationEvent> decisionAt(Nomination n, ReviewStage stage) {
        return events.findByNominationIdOrderByIdAsc(n.getId()).stream().filter(e -> e.getFrom() == stage.waiting).reduce((a, b) -> b);
    }

    @Transactional(readOnly = true)
    public List<Nomination> waitingAt(ReviewStage stage, Person reviewer) {
        return nominations.findByStatusInOrderByQuarterDescSubmittedAtAscIdAsc(List.of(stage.waiting)).stream()
                .filter(n -> mayReview(reviewer, n, stage))
                .toList();
    }
}
