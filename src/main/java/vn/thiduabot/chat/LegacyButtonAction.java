package vn.thiduabot.chat;

/**
 * A button action that still takes its payload as text. Being replaced by {@link ButtonAction} with
 * a typed record; kept only while the features move over.
 */
@Deprecated
public interface LegacyButtonAction extends Guarded {

    String action();

    void onPress(ChatSession session, String payload);
}
