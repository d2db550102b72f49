package vn.thiduabot.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import vn.thiduabot.notification.MessageGateway;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.SendResult;

/**
 * Prints what the bot sends. Messages to the person at the terminal show their inline buttons as
 * numbered choices, and a button that opens the Mini App with its address (to open in a browser);
 * messages to other people (e.g. a notice to the secretary) are shown indented.
 */
class ConsoleGateway implements MessageGateway {

    private final PrintStream out;
    private final long consoleChat;
    private final ConsoleLabels labels;
    private volatile List<String> lastButtons = List.of();
    private long messageIds;

    ConsoleGateway(PrintStream out, long consoleChat, ConsoleLabels labels) {
        this.out = out;
        this.consoleChat = consoleChat;
        this.labels = labels;
    }

    @Override
    public synchronized SendResult send(OutgoingMessage m) {
        if (m.chatId() != consoleChat) {
            out.println();
            out.println("    [" + labels.otherChat(m.chatId()) + "]");
            m.text().lines().forEach(l -> out.println("    | " + l));
            out.print("> ");
            out.flush();
            return SendResult.DELIVERED;
        }
        out.println();
        if (m.editMessageId() != null) {
            out.println("  " + labels.get("console.edited"));
        }
        if (m.file() != null) {
            out.println("  " + labels.get("console.file", m.file().fileName() == null ? m.file().fileId() : m.file().fileName()));
        }
        m.text().lines().forEach(l -> out.println("  " + l));
        List<String> buttons = new ArrayList<>();
        for (List<OutgoingMessage.InlineButton> row : m.inlineButtons()) {
            StringBuilder line = new StringBuilder("  ");
            for (OutgoingMessage.InlineButton b : row) {
                if (b.opensWebApp()) { // not pressed here: its address, to open in a browser
                    line.append("[").append(b.label()).append(" → ").append(b.webAppUrl()).append("]   ");
                    continue;
                }
                buttons.add(b.callbackData());
                line.append("[#").append(buttons.size()).append("] ").append(b.label()).append("   ");
            }
            out.println(line.toString().stripTrailing());
        }
        if (!buttons.isEmpty()) {
            lastButtons = List.copyOf(buttons);
        }
        if (m.keyboard() != null && m.keyboard().contactButtonLabel() != null) {
            out.println("  " + labels.contactHint(m.keyboard().contactButtonLabel()));
        }
        out.print("> ");
        out.flush();
        return new SendResult.Delivered(++messageIds);
    }

    /** The callback token of button number {@code n} (1-based) of the last message that had buttons. */
    String button(int n) {
        List<String> b = lastButtons;
        return n >= 1 && n <= b.size() ? b.get(n - 1) : null;
    }
}
