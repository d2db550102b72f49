package vn.thiduabot.commendation;

/** A proposal was taken off the year's list before the list went to the principal. */
public record ProposalWithdrawn(long proposalId, String schoolYear, Proposal.Kind kind, Long staffId, String teamName, String titleCode,
                                long byStaffId) { }
