package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Role;

/**
 * The start-up pass of a school of 100 linked people: how long the menu sender takes through the real client
 * against the fake Bot API (20 commands each), at the default pace and unpaced (the cost of a call itself).
 * {@code mvn -Pbench verify}; figures go to target/bench/command-menus.txt.
 */
class CommandMenuBenchmark {

    private static final int PEOPLE = 100;

    @Test
    void a_school_of_100_gets_its_menus() throws Exception {
        StringBuilder out = new StringBuilder();
        for (int perSecond : new int[] {20, 1000}) {
            long millis = run(perSecond);
            out.append(String.format("%d people, %d calls/s allowed: %d ms (%.1f calls/s)%n", PEOPLE, perSecond, millis,
                    PEOPLE * 1000.0 / millis));
        }
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
        Files.writeString(dir.resolve("command-menus.txt"), out);
        System.out.print(out);
    }

    private long run(int perSecond) {
        try (FakeBotApi fake = FakeBotApi.start()) {
            TelegramTransportConfig config = new TelegramTransportConfig();
            TelegramSettings settings = config.telegramSettings(fake.token(), fake.baseUrl(), 1);
            TelegramHttpClients clients = config.telegramHttpClients(settings, config.telegramPollingMonitor(java.time.Clock.systemUTC()),
                    config.telegramUnreadableUpdateFilter());
            try {
                OkHttpTelegramClient client = config.telegramClient(settings, clients);
                Texts texts = mock(Texts.class);
                when(texts.get(any(), any())).thenAnswer(inv -> "Mô tả " + inv.getArgument(1));
                List<Command> commands = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    commands.add(command("lenh" + i));
                }
                List<CommandMenus.Pending> due = new ArrayList<>();
                for (int i = 0; i < PEOPLE; i++) {
                    due.add(new CommandMenus.Pending(900_000 + i, 900_000 + i, 1, 0));
                }
                CommandMenus menus = mock(CommandMenus.class);
                when(menus.due(any(int.class))).thenReturn(due.subList(0, 50), due.subList(50, 100), List.of());
                when(menus.menuOf(any())).thenReturn(Optional.of(new CommandMenus.Menu(Texts.VIETNAMESE, commands)));
                TelegramMenuRefresher refresher = config.telegramMenuRefresher(client,
                        menus, config.telegramCommandMenu(client, mock(CommandCatalog.class), texts, new MiniAppLinks("")), 1000, perSecond);
                long start = System.nanoTime();
                refresher.drain();
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(fake.commandMenus()).hasSize(PEOPLE);
                return millis;
            } finally {
                clients.close();
            }
        }
    }

    private static Command command(String name) {
        return new Command() {
            @Override
            public List<String> names() {
                return List.of(name);
            }

            @Override
            public String descriptionKey() {
                return "command." + name;
            }

            @Override
            public Set<Role> roles() {
                return Set.of();
            }

            @Override
            public void run(ChatSession session, String args) {
            }
        };
    }
}
