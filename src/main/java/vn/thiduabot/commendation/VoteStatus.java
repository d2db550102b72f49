package vn.thiduabot.commendation;

import java.util.List;
import java.util.Set;
import vn.thiduabot.staff.StaffView;

/** Where the open vote stands, without revealing any ballot: who has voted, in the bot or in writing. */
public record VoteStatus(VoteView vote, List<VoteItemView> items, List<StaffView> members, Set<Long> votedInBot,
                         Set<Long> votedInWriting) {

    /** Members who voted one way or the other. */
    public long voted() {
        return members.stream().filter(m -> votedInBot.contains(m.staffId()) || votedInWriting.contains(m.staffId())).count();
    }
}
