package vn.thiduabot.chat;

/**
 * What one kind of inline button means: a small record (its fields are the button's data), or a
 * sealed interface of such records when one screen has several kinds of buttons. Encoded and decoded
 * only by {@link ButtonCodec}; the data stays on the server with the button's token, so a forged or
 * stale button finds nothing or decodes to nothing, never to another meaning.
 *
 * <p>A record may check its fields in its compact constructor: a payload that fails the check is
 * treated as no longer valid.
 */
public interface ButtonPayload {
}
