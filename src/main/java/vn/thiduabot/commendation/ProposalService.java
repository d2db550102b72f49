package vn.thiduabot.commendation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.commendation.Commendations.Refused;

/**
 * Building the year's list by hand: proposing a person or a team for a title, the form of
 * commendation, withdrawing a proposal. Each change is refused (with a message key, before anything
 * changed) once the list went to the principal, and for a proposal on an open vote; each change that
 * happens is published as an event in the caller's transaction.
 *
 * <p>The write methods declare {@code noRollbackFor} {@link Refused}, so a dialog that catches it still
 * commits its polite answer (otherwise the update's transaction ends in UnexpectedRollbackException).
 */
@Service
public class ProposalService {

    private final ProposalStore store;
    private final ListGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalStore store, ListGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes a person (or changes the title of their proposal); returns the proposal id. */
    @Transactional(noRollbackFor = Refused.class)
    public long proposePerson(Campaign c, long staffId, String title, long by) {
        guard.editable(c.schoolYear());
        if (c.individualTitle(title).isEmpty()) {
            throw new Refused("commendation.list.unknown-title");
        }
        return propose(c.schoolYear(), store.individualFor(c.schoolYear(), staffId), Proposal.Kind.INDIVIDUAL, staffId, null, title, by);
    }

    /** Proposes a team (or changes the title of its proposal); returns the proposal id. */
    @Transactional(noRollbackFor = Refused.class)
    public long proposeTeam(Campaign c, String team, String title, long by) {
        guard.editable(c.schoolYear());
        if (c.collectiveTitle(title).isEmpty()) {
            throw new Refused("commendation.list.unknown-title");
        }
        return propose(c.schoolYear(), store.collectiveFor(c.schoolYear(), team), Proposal.Kind.COLLECTIVE, null, team, title, by);
    }

    private long propose(String year, Optional<Proposal> existing, Proposal.Kind kind, Long staffId, String team, String title, long by) {
        if (existing.isPresent()) {
            Proposal p = existing.get();
            guard.notOnVote(year, p.id());
            store.updateProposal(p.id(), title, p.formCode(), clock.instant());
            events.publishEvent(new ProposalChanged(p.id(), year, title, p.formCode(), by));
            return p.id();
        }
        long id = store.insertProposal(year, kind, staffId, team, title, null, "SECRETARY", by, clock.instant());
        events.publishEvent(new ProposalAdded(id, year, kind, staffId, team, title, null, "SECRETARY", by));
        return id;
    }

    /** Sets the form of commendation of a proposal; {@code form} null for none. */
    @Transactional(noRollbackFor = Refused.class)
    public void setForm(Campaign c, long proposalId, String form, long by) {
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new Refused("commendation.list.gone"));
        guard.editable(p.schoolYear());
        if (form != null && c.form(form).isEmpty()) {
            throw new Refused("commendation.list.unknown-form");
        }
        store.updateProposal(p.id(), p.titleCode(), form, clock.instant());
        events.publishEvent(new ProposalChanged(p.id(), p.schoolYear(), p.titleCode(), form, by));
    }

    /** Takes a proposal off the list; returns it as it was. */
    @Transactional(noRollbackFor = Refused.class)
    public Proposal delete(long proposalId, long by) {
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new Refused("commendation.list.gone"));
        guard.editable(p.schoolYear());
        guard.notOnVote(p.schoolYear(), p.id());
        store.deleteProposal(p.id());
        events.publishEvent(new ProposalWithdrawn(p.id(), p.schoolYear(), p.kind(), p.staffId(), p.teamName(), p.titleCode(), by));
        return p;
    }
}
