package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.e2e.LogCapture;
import vn.thiduabot.people.Role;

/**
 * The sender of each person's own menu, through the real TelegramBots client against the fake Bot API; the
 * requests ({@link CommandMenus}) are stubbed, so what is checked is what reaches Telegram and what is kept.
 */
class TelegramMenuRefresherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private FakeBotApi fake;
    private TelegramHttpClients clients;
    private CommandMenus menus;
    private TelegramMenuRefresher refresher;

    private final Command help = command(List.of("trogiup", "help"), "command.help", Set.of());
    private final Command review = command(List.of("duyet", "review"), "command.review", Set.of(Role.COUNCIL));

    @BeforeEach
    void wire() {
        fake = FakeBotApi.start();
        TelegramTransportConfig config = new TelegramTransportConfig();
        TelegramSettings settings = config.telegramSettings(fake.token(), fake.baseUrl(), 1);
        clients = config.telegramHttpClients(settings, config.telegramPollingMonitor(java.time.Clock.systemUTC()),
                config.telegramUnreadableUpdateFilter());
        OkHttpTelegramClient client = config.telegramClient(settings, clients);
        Texts texts = mock(Texts.class);
        when(texts.get(any(), any())).thenAnswer(inv -> inv.getArgument(0).toString() + ":" + inv.getArgument(1));
        menus = mock(CommandMenus.class);
        TelegramCommandMenu menu = config.telegramCommandMenu(client, mock(CommandCatalog.class), texts, new MiniAppLinks(""));
        refresher = config.telegramMenuRefresher(client, menus, menu, 50, 1000);
    }

    @AfterEach
    void close() {
        refresher.stop();
        clients.close();
        fake.close();
    }

    @Test
    void a_council_members_chat_gets_their_commands_and_a_chat_nobody_holds_any_more_loses_its_own_menu() {
        CommandMenus.Pending council = new CommandMenus.Pending(7001, 7001, 1, 0);
        CommandMenus.Pending gone = new CommandMenus.Pending(7002, 7002, 3, 0);
        when(menus.due(any(int.class))).thenReturn(List.of(council, gone), List.of());
        when(menus.menuOf(council)).thenReturn(Optional.of(new CommandMenus.Menu(Texts.VIETNAMESE, List.of(help, review))));
        when(menus.menuOf(gone)).thenReturn(Optional.empty());

        refresher.drain();

        FakeBotApi.CommandMenu own = fake.chatMenu(7001).orElseThrow();
        assertThat(own.scope()).isEqualTo("chat");
        assertThat(own.languageCode()).isEmpty();
        assertThat(own.commands()).containsExactly(new FakeBotApi.MenuCommand("trogiup", "vi:command.help"),
                new FakeBotApi.MenuCommand("duyet", "vi:command.review"));
        assertThat(fake.chatMenu(7002).orElseThrow().deleted()).isTrue();
        assertThat(fake.commandMenus()).as("the default menu is not touched").allMatch(m -> m.scope().equals("chat"));
        verify(menus).sent(council);
        verify(menus).sent(gone);
    }

    @Test
    void an_english_speaker_gets_the_english_names() {
        CommandMenus.Pending p = new CommandMenus.Pending(7003, 7003, 1, 0);
        when(menus.due(any(int.class))).thenReturn(List.of(p), List.of());
        when(menus.menuOf(p)).thenReturn(Optional.of(new CommandMenus.Menu(Texts.ENGLISH, List.of(help, review))));

        refresher.drain();

        assertThat(fake.chatMenu(7003).orElseThrow().commands()).containsExactly(new FakeBotApi.MenuCommand("help", "en:command.help"),
                new FakeBotApi.MenuCommand("review", "en:command.review"));
    }

    @Test
    void flood_control_keeps_the_request_for_the_time_telegram_asks_and_a_refusal_is_logged_and_dropped() {
        CommandMenus.Pending busy = new CommandMenus.Pending(7004, 7004, 1, 0);
        CommandMenus.Pending refused = new CommandMenus.Pending(7005, 7005, 1, 0);
        when(menus.due(any(int.class))).thenReturn(List.of(busy), List.of(refused), List.of());
        when(menus.menuOf(any())).thenReturn(Optional.of(new CommandMenus.Menu(Texts.VIETNAMESE, List.of(help))));
        fake.answerNext("setMyCommands", null, 1, 429, "Too Many Requests: retry after 3", 3);
        fake.answerNext("setMyCommands", null, 1, 400, "Bad Request: chat not found", null);

        try (LogCapture log = LogCapture.of(TelegramMenuRefresher.class.getName())) {
            refresher.drain(); // the 429, then the 400

            verify(menus).failed(busy, Duration.ofSeconds(3));
            verify(menus, never()).sent(busy);
            verify(menus).sent(refused);
            assertThat(log.messages(Level.WARN)).singleElement().asString().contains("chat 7005").contains("chat not found");
        }
    }

    @Test
    void a_request_that_keeps_failing_is_given_up_after_the_last_attempt() {
        CommandMenus.Pending tired = new CommandMenus.Pending(7006, 7006, 1, TelegramMenuRefresher.MAX_ATTEMPTS - 1);
        when(menus.due(any(int.class))).thenReturn(List.of(tired), List.of());
        when(menus.menuOf(any())).thenReturn(Optional.of(new CommandMenus.Menu(Texts.VIETNAMESE, List.of(help))));
        fake.answerNext("setMyCommands", null, 1, 502, "Bad Gateway", null);

        refresher.drain();

        verify(menus).sent(tired);
        verify(menus, never()).failed(any(), any());
    }

    @Test
    void starting_asks_for_everyones_menu_and_sends_what_is_due() {
        CommandMenus.Pending p = new CommandMenus.Pending(7007, 7007, 1, 0);
        when(menus.due(any(int.class))).thenReturn(List.of(p), List.of());
        when(menus.menuOf(p)).thenReturn(Optional.of(new CommandMenus.Menu(Texts.VIETNAMESE, List.of(help))));

        refresher.start();

        verify(menus, timeout(TIMEOUT.toMillis())).refreshEveryone();
        fake.awaitChatMenu(7007, m -> m.names().contains("trogiup"), TIMEOUT);
    }

    private static Command command(List<String> names, String key, Set<Role> roles) {
        return new Command() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public String descriptionKey() {
                return key;
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public void run(ChatSession session, String args) {
            }
        };
    }
}
