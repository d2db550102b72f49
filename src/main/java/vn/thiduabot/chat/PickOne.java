package vn.thiduabot.chat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Someone typed a name (or part of one) after a command such as /moima or /mocham: nobody matches,
 * exactly one does (go on with them), a few do (offer them as buttons), or too many (ask to be more
 * specific). One place for what every such command does.
 */
public final class PickOne {

    /** More buttons than this do not read well on a phone. */
    public static final int MAX_CHOICES = 8;

    private PickOne() {
    }

    /**
     * @param none       what to say when nothing matches
     * @param single     what to do with the only match
     * @param tooManyKey message key with {0} = how many matched, {1} = what was typed
     * @param chooseKey  message key with {0} = how many matched; the matches follow as buttons, one a row
     * @param label      a match's button label
     * @param button     the button record of a match, handled by the command's {@link ButtonAction}
     */
    public static <T> void among(ChatSession s, List<T> found, String typed, Runnable none, Consumer<T> single,
                                 String tooManyKey, String chooseKey, Function<T, String> label,
                                 Function<T, ? extends ButtonPayload> button) {
        offer(s, found, typed, none, single, tooManyKey, chooseKey, (choice, t) -> choice.button(label.apply(t), button.apply(t)));
    }

    private static <T> void offer(ChatSession s, List<T> found, String typed, Runnable none, Consumer<T> single,
                                  String tooManyKey, String chooseKey, BiConsumer<Reply, T> addButton) {
        if (found.isEmpty()) {
            none.run();
        } else if (found.size() == 1) {
            single.accept(found.get(0));
        } else if (found.size() > MAX_CHOICES) {
            s.reply(tooManyKey, String.valueOf(found.size()), typed);
        } else {
            Reply choice = s.message(chooseKey, String.valueOf(found.size()));
            for (T t : found) {
                addButton.accept(choice, t);
                choice.row();
            }
            choice.send();
        }
    }
}
