package vn.thiduabot.chat;

/** What pressing an inline button does. The button's token resolves to an action name and a payload. */
public interface ButtonAction extends Guarded {

    String action();



    void onPress(ChatSession session, String payload);
}
