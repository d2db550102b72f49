package vn.thiduabot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.menubutton.MenuButtonWebApp;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Texts;

/**
 * Telegram's "/" menu: the commands everyone may use (no role needed), Vietnamese by default with the
 * Vietnamese command names, and English (language code "en") with the English names. When the Mini App is
 * enabled ({@link MiniAppLinks}), also the chat's menu button: it opens the Mini App's home screen (for every
 * chat, in Vietnamese, since Telegram keeps one default menu button for all languages).
 */
final class TelegramCommandMenu {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenu.class);
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_DESCRIPTION = 256;

    private final TelegramClient client;
    private final CommandCatalog catalog;
    private final Texts texts;
    private final MiniAppLinks miniApp;

    TelegramCommandMenu(TelegramClient client, CommandCatalog catalog, Texts texts, MiniAppLinks miniApp) {
        this.client = client;
        this.catalog = catalog;
        this.texts = texts;
        this.miniApp = miniApp;
    }

    /**
     * Publishes the menu, and the Mini App's menu button when it is enabled; a failure of either is logged once
     * and otherwise ignored (the bot works without them).
     */
    void publish() {
        try {
            client.execute(new SetMyCommands(commands(Texts.VIETNAMESE, names -> names.get(0))));
            client.execute(new SetMyCommands(commands(Texts.ENGLISH, names -> names.get(names.size() - 1)), null, "en"));
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not publish the command menu to Telegram ({}); the commands still work when typed", e.getMessage());
        }
        if (miniApp.enabled()) {
            publishMenuButton();
        }
    }

    /** The default menu button (no chat id: every private chat that has none of its own) opens the Mini App. */
    private void publishMenuButton() {
        try {
            MenuButtonWebApp button = new MenuButtonWebApp(texts.get(Texts.VIETNAMESE, "miniapp.menu"),
                    new WebAppInfo(miniApp.url(MiniAppLinks.HOME)));
            client.execute(SetChatMenuButton.builder().menuButton(button).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not set the chat's menu button to the Mini App ({}); its buttons in the messages still open it",
                    e.getMessage());
        }
    }

    List<BotCommand> commands(Locale locale, Function<List<String>, String> pickName) {
        List<BotCommand> result = new ArrayList<>();
        for (Command c : catalog.all()) {
            if (!c.roles().isEmpty() || c.names().isEmpty()) {
                continue;
            }
            String name = pickName.apply(c.names()).toLowerCase(Locale.ROOT);
            if (!VALID_NAME.matcher(name).matches()) {
                continue;
            }
            String description = texts.get(locale, c.descriptionKey()).strip();
            if (description.length() > MAX_DESCRIPTION) {
                description = description.substring(0, MAX_DESCRIPTION - 1) + "…";
            }
            result.add(new BotCommand(name, description.isEmpty() ? name : description));
        }
        return result;
    }
}
