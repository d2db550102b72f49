package vn.thiduabot.commendation;

/**
 * A person or a team was put on the year's list of proposals, by the secretary or from a registration.
 *
 * @param source   SECRETARY (added by hand) or REGISTRATION (pre-filled)
 * @param formCode the form of commendation, or null for none
 */
public record ProposalAdded(long proposalId, String schoolYear, Proposal.Kind kind, Long staffId, String teamName, String titleCode,
                            String formCode, String source, long byStaffId) { }
