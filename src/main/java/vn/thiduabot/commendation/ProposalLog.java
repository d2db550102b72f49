package vn.thiduabot.commendation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The operator's log of the list's changes: one line per event, written from the event only. */
@Component
class ProposalLog {

    private static final Logger log = LoggerFactory.getLogger(ProposalLog.class);

    @EventListener
    void on(ProposalAdded e) {
        if (e.kind() == Proposal.Kind.INDIVIDUAL) {
            log.info("Staff #{} proposed staff #{} for {} ({})", e.byStaffId(), e.staffId(), e.titleCode(), e.source());
        } else {
            log.info("Staff #{} proposed team {} for {} ({})", e.byStaffId(), e.teamName(), e.titleCode(), e.source());
        }
    }

    @EventListener
    void on(ProposalChanged e) {
        log.info("Staff #{} changed proposal #{}: title {}, form {}", e.byStaffId(), e.proposalId(), e.titleCode(), e.formCode());
    }

    @EventListener
    void on(ProposalWithdrawn e) {
        log.info("Staff #{} deleted proposal #{}", e.byStaffId(), e.proposalId());
    }

    @EventListener
    void on(TeamCompletionRecorded e) {
        log.info("Staff #{} recorded team {}'s completion level {}", e.byStaffId(), e.teamName(), e.level());
    }
}
