package vn.thiduabot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import vn.thiduabot.notification.OutgoingMessage;

/** An outgoing message's buttons or keyboard change, as TelegramBots' reply_markup. */
final class ReplyMarkups {

    private static final Logger log = LoggerFactory.getLogger(ReplyMarkups.class);

    private ReplyMarkups() {
    }

    /**
     * Telegram allows one reply_markup per message. Inline buttons win over a reply-keyboard change:
     * the buttons are the message's point, and no dialog asks for both.
     */
    static ReplyKeyboard of(OutgoingMessage message) {
        if (!message.inlineButtons().isEmpty()) {
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (List<OutgoingMessage.InlineButton> row : message.inlineButtons()) {
                InlineKeyboardRow r = new InlineKeyboardRow();
                for (OutgoingMessage.InlineButton b : row) {
                    InlineKeyboardButton button = new InlineKeyboardButton(b.label());
                    if (b.opensWebApp()) {
                        button.setWebApp(new WebAppInfo(b.webAppUrl())); // opens the Mini App; no callback comes back
                    } else {
                        button.setCallbackData(b.callbackData());
                    }
                    r.add(button);
                }
                if (!r.isEmpty()) {
                    rows.add(r);
                }
            }
            if (message.keyboard() != null) {
                log.debug("Message to chat has inline buttons; its reply-keyboard change is not sent");
            }
            return new InlineKeyboardMarkup(rows);
        }
        OutgoingMessage.ReplyKeyboard keyboard = message.keyboard();
        if (keyboard == null) {
            return null;
        }
        if (keyboard.contactButtonLabel() != null) {
            KeyboardButton share = new KeyboardButton(keyboard.contactButtonLabel());
            share.setRequestContact(true);
            ReplyKeyboardMarkup markup = new ReplyKeyboardMarkup(List.of(new KeyboardRow(share)));
            markup.setResizeKeyboard(true);
            markup.setOneTimeKeyboard(true);
            return markup;
        }
        if (keyboard.remove()) {
            return new ReplyKeyboardRemove(true);
        }
        return null;
    }
}
