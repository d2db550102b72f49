package vn.thiduabot.commendation.chat;

import java.util.concurrent.atomic.AtomicLong;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.commendation.Commendations;
import vn.thiduabot.commendation.Commendations.Refused;
import vn.thiduabot.commendation.Proposal;
import vn.thiduabot.staff.StaffView;

/**
 * The proposals screens' shared pieces: the key of a message whose buttons edit it in place, composing
 * that message or its edit, and how a proposal is named on screen.
 */
final class Cards {

    private static final AtomicLong KEYS = new AtomicLong();

    private Cards() {
    }

    /**
     * A key for a message whose buttons edit it in place later: unique because an update is handled
     * once (its id is recorded in the same transaction).
     */
    static String cardKey(ChatSession s) {
        return "com-" + s.incoming().updateId() + "-" + KEYS.incrementAndGet();
    }

    /** A new message with this key, or an edit of the earlier message that has it. */
    static Reply compose(ChatSession s, String key, boolean isNew, String text) {
        return isNew ? s.literal(text).key(key) : s.literal(text).key(key + "-e" + s.incoming().updateId() + "-" + KEYS.incrementAndGet())
                .replacing(key);
    }

    /** An edit of the message with key {@code replacing}. */
    static Reply edit(ChatSession s, String replacing, String text) {
        return compose(s, replacing, false, text);
    }

    /** The proposal, or the polite "no longer on the list". */
    static Proposal proposal(Commendations list, long id) {
        return list.proposal(id).orElseThrow(() -> new Refused("commendation.list.gone"));
    }

    /** The person's full name or the team's name. */
    static String named(Commendations list, Proposal p) {
        return p.individual() ? list.staffMember(p.staffId()).map(StaffView::fullName).orElse("#" + p.staffId()) : p.teamName();
    }

    static long me(ChatSession s) {
        return s.requireUser().staffId();
    }

    /** A proposal about the person pressing: they do not set its rating, discipline or start date themselves. */
    static boolean about(Proposal p, ChatSession s) {
        return p.staffId() != null && p.staffId() == me(s);
    }
}
