package vn.thiduabot.commendation;

import java.math.BigDecimal;

/**
 * One proposal on a vote's ballot, in its position; the tally ({@code yes}, {@code no}, {@code eligible},
 * {@code passed}) is null until the vote closes.
 */
public record VoteItemView(long id, int position, String titleCode, String subject, boolean individual, String formCode,
                           Long candidateStaffId, BigDecimal threshold, Integer yes, Integer no, Integer eligible, Boolean passed) {

    static VoteItemView of(CommendationStore.ItemRow r) {
        return new VoteItemView(r.id(), r.position(), r.titleCode(), r.subject(), r.kind() == Proposal.Kind.INDIVIDUAL, r.formCode(),
                r.candidateStaffId(), r.threshold(), r.yes(), r.no(), r.eligible(), r.passed());
    }

    /** The member is the candidate: they do not vote on it. */
    public boolean isCandidate(long staffId) {
        return candidateStaffId != null && candidateStaffId == staffId;
    }

    public boolean hasPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
