package vn.thiduabot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Telegram's default "/" menu: the commands everyone linked may use (no role needed), Vietnamese by default with
 * the Vietnamese command names, and English (language code "en") with the English names. Each linked person's own
 * menu (their roles' commands too, in their language) is {@link TelegramMenuRefresher}'s. When the Mini App is
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
            client.execute(new SetMyCommands(commands(Texts.VIETNAMESE, everyLinked())));
            client.execute(new SetMyCommands(commands(Texts.ENGLISH, everyLinked()), null, "en"));
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

    /** The default menu: what every linked person may run whatever their roles (a person's own menu adds their roles' commands). */
    private List<Command> everyLinked() {
        return catalog.all().stream().filter(c -> c.roles().isEmpty()).toList();
    }

    /**
     * These commands as Telegram's menu lists them in this language: the Vietnamese name in Vietnamese, the English
     * (last) name otherwise, with the command's one-line description; a name Telegram would refuse is left out.
     */
    List<BotCommand> commands(Locale locale, List<Command> which) {
        boolean vietnamese = locale.getLanguage().equals(Texts.VIETNAMESE.getLanguage());
        List<BotCommand> result = new ArrayList<>();
        for (Command c : which) {
            if (c.names().isEmpty()) {
                continue;
            }
            String name = (vietnamese ? c.names().get(0) : c.names().get(c.names().size() - 1)).toLowerCase(Locale.ROOT);
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
