package vn.thiduabot.chat;

/**
 * One update from a user, whatever the transport. {@code updateId} is the transport's unique id
 * (Telegram's update_id) and is what dedupes a re-delivered update.
 */
public record Incoming(long updateId, long chatId, long userId, boolean privateChat, String username,
                       String firstName, String lastName, Kind kind, String text, Contact contact,
                       Attachment attachment, Callback callback) {

    public enum Kind { TEXT, CONTACT, DOCUMENT, PHOTO, CALLBACK, OTHER }

    /** A shared contact; {@code userId} is the Telegram user the contact belongs to, if Telegram knows it. */
    public record Contact(String phone, Long userId, String firstName, String lastName) { }

    /** A document or photo; the bytes are fetched later through {@link FileFetcher}. */
    public record Attachment(String fileId, String fileName, String mimeType, long size) { }

    /** A press on an inline button; {@code data} is the short token the server issued. */
    public record Callback(String id, String data, Integer messageId) { }

    public static Incoming text(long updateId, long chatId, long userId, String text) {
        return new Incoming(updateId, chatId, userId, true, null, null, null, Kind.TEXT, text, null, null, null);
    }

    public String displayName() {
        String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return n.isEmpty() ? (username == null ? String.valueOf(userId) : username) : n;
    }
}
