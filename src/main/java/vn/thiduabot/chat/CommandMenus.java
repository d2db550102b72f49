package vn.thiduabot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.PersonDirectory;

/**
 * Each linked person's own "/" menu: exactly the commands their stored roles allow (the router's rule,
 * {@link Guarded#allows}), in their language. A change that alters someone's menu (a link, a role or language
 * change, a deactivation) calls {@link #refresh} in its own transaction; the row it writes
 * ({@code command_menu_refresh}) survives a crash until the transport has sent the chat's menu of that
 * generation ({@link #sent}). The transport computes the menu when it sends ({@link #menuOf}), so a row only
 * says "send this chat's menu again", and sending it twice does no harm. No Telegram call happens here.
 */
@Service
public class CommandMenus {

    /** A chat whose menu must be sent again; {@code generation} grows with every new request for the chat. */
    public record Pending(long chatId, long telegramUserId, long generation, int attempts) { }

    /** What a chat's menu lists: the commands in catalog order, named and described in {@code locale}. */
    public record Menu(Locale locale, List<Command> commands) { }

    private final JdbcTemplate jdbc;
    private final PersonDirectory directory;
    private final CommandCatalog catalog;
    private final Clock clock;

    CommandMenus(JdbcTemplate jdbc, PersonDirectory directory, CommandCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Asks for this chat's menu to be sent again, in the caller's transaction (a newer request replaces an older one). */
    @Transactional
    public void refresh(long chatId, long telegramUserId) {
        jdbc.update("insert into command_menu_refresh (chat_id, telegram_user_id, generation, attempts, not_before) "
                + "values (?, ?, 1, 0, ?) on conflict (chat_id) do update set telegram_user_id = excluded.telegram_user_id, "
                + "generation = command_menu_refresh.generation + 1, attempts = 0, not_before = excluded.not_before",
                chatId, telegramUserId, clock.millis());
    }

    /** Asks for the menu of every linked, active person (the start-up pass); returns how many. */
    @Transactional
    public int refreshEveryone() {
        int count = 0;
        for (Person p : directory.linked()) {
            if (p.chatId() != null && p.telegramUserId() != null) {
                refresh(p.chatId(), p.telegramUserId());
                count++;
            }
        }
        return count;
    }

    /** Up to {@code max} chats whose menu is due now, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<Pending> due(int max) {
        return jdbc.query("select chat_id, telegram_user_id, generation, attempts from command_menu_refresh "
                        + "where not_before <= ? order by not_before, chat_id limit ?",
                (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)), clock.millis(), max);
    }

    /**
     * The menu this chat should show now: the commands its linked, active person may run, in their language;
     * empty when nobody active is linked to it any more (the chat then falls back to the bot's default menu).
     */
    @Transactional(readOnly = true)
    public Optional<Menu> menuOf(Pending p) {
        return directory.findByTelegramUser(p.telegramUserId())
                .filter(person -> person.chatId() != null && person.chatId() == p.chatId())
                .map(person -> new Menu(person.locale(), catalog.visibleTo(Optional.of(person))));
    }

    /** Telegram has the menu: the request is done, unless a newer one came in meanwhile. */
    @Transactional
    public void sent(Pending p) {
        jdbc.update("delete from command_menu_refresh where chat_id = ? and generation = ?", p.chatId(), p.generation());
    }

    /** Telegram did not take it: try again after {@code wait} (a newer request is left as it is). */
    @Transactional
    public void failed(Pending p, Duration wait) {
        jdbc.update("update command_menu_refresh set attempts = attempts + 1, not_before = ? where chat_id = ? and generation = ?",
                clock.millis() + wait.toMillis(), p.chatId(), p.generation());
    }

    /** How many chats wait for their menu (for tests and the operator). */
    @Transactional(readOnly = true)
    public int waiting() {
        Integer n = jdbc.queryForObject("select count(*) from command_menu_refresh", Integer.class);
        return n == null ? 0 : n;
    }
}
