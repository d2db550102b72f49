package vn.thiduabot.staff;

import java.time.Instant;

/**
 * A person's Telegram link moved to another account, proved by their phone number or a confirmed invite
 * code; the old account lost access at once. Published in the transaction of the move.
 *
 * @param language  the person's language, for the notice to the old account
 * @param oldChatId the old account's chat, null if it never wrote to the bot
 */
public record AccountMoved(long staffId, String fullName, String language, long oldUserId, Long oldChatId, Proof proof,
                           Instant at) {

    /** How the new account proved who it is. */
    public enum Proof { CONTACT, INVITE }
}
