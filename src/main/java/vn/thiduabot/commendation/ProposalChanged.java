package vn.thiduabot.commendation;

/** A proposal's title or form of commendation changed (the form is null for none). */
public record ProposalChanged(long proposalId, String schoolYear, String titleCode, String formCode, long byStaffId) { }
