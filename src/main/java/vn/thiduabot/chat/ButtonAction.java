package vn.thiduabot.chat;

/**
 * What pressing an inline button does. The router finds the action by the name stored with the
 * button's token, checks {@link #roles()}, decodes the payload to {@code P} (a button whose payload no
 * longer decodes is answered "no longer valid") and only then calls {@link #onPress}.
 *
 * @param <P> the button's record, or a sealed interface of the records this action handles
 */
public interface ButtonAction<P extends ButtonPayload> extends Guarded {

    /** The stable name stored with each token; renaming it makes the buttons already sent stale. */
    String action();

    Class<P> payloadType();

    void onPress(ChatSession session, P payload);
}
