package vn.thiduabot.telegram;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A Telegram user in the fake Bot API. In a private chat the chat id is the user id.
 * Ids are unique in the JVM, so tests sharing one application never meet each other's users.
 */
public record FakeUser(long id, String firstName, String lastName, String username, String languageCode) {

    private static final AtomicLong NEXT_ID = new AtomicLong(700_000_001L);

    /** A new user with a fresh id, e.g. {@code FakeUser.named("Hoa")}. */
    public static FakeUser named(String firstName) {
        long id = NEXT_ID.getAndIncrement();
        return new FakeUser(id, firstName, null, "user" + id, "vi");
    }

    /** A new user with a fresh id and a last name. */
    public static FakeUser named(String firstName, String lastName) {
        long id = NEXT_ID.getAndIncrement();
        return new FakeUser(id, firstName, lastName, "user" + id, "vi");
    }

    /** The id of this user's private chat with the bot. */
    public long chatId() {
        return id;
    }
}
