package vn.thiduabot.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.staff.StaffMember;
import vn.thiduabot.staff.StaffRepository;
import vn.thiduabot.staff.Team;
import vn.thiduabot.staff.TeamRepository;
import vn.thiduabot.telegram.FakeBotApi;
import vn.thiduabot.telegram.FakeBotApi.RecordedMessage;
import vn.thiduabot.telegram.FakeUser;

/**
 * Base of the end-to-end tests: the whole application, driven through the real TelegramBots client
 * against a {@link FakeBotApi}, asserting what users see.
 *
 * <p>By default every test class shares ONE running application and fake (started by the first test
 * that needs it, closed when the test run ends), so the suite pays Spring's start-up once. Tests keep
 * out of each other's way with fresh users ({@link #newUser}) and fresh staff ({@link #seedStaff}),
 * whose ids and phone numbers are unique in the JVM. Faults injected into the fake are cleared after
 * each test.
 *
 * <p>A class that needs its own application (a restart, other properties) is annotated
 * {@link OwnApp} and calls {@link #useApp(BotApp)} with a {@code BotApp.startWithOwnFake(...)}.
 *
 * <p>{@code @Autowired} fields of a test are injected from the current application (again after
 * {@link #useApp}); after {@code app.restart()} call {@code useApp(app)} to re-inject them.
 */
@ExtendWith(EndToEndTest.SharedApp.class)
public abstract class EndToEndTest {

    /** Generous: CI is a 2-core machine. Waits return as soon as the condition holds. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * How long to watch for an unexpected extra message where there is no point at which the bot has settled;
     * prefer {@link #assertNoMoreReplies}, which waits for that point instead of a fixed time.
     */
    protected static final Duration QUIET = Duration.ofMillis(1500);

    private static final AtomicLong NEXT_PHONE = new AtomicLong(936_000_001L);

    protected BotApp app;
    protected FakeBotApi fake;
    private int serverErrorsBefore;

    /** Makes the helpers and {@code @Autowired} fields use this application. */
    protected void useApp(BotApp app) {
        this.app = app;
        this.fake = app.fake();
        this.serverErrorsBefore = fake.serverErrors().size();
        app.context().getAutowireCapableBeanFactory().autowireBean(this);
    }

    @AfterEach
    void clearFaultsAndCheckTheFake() {
        if (fake != null) {
            fake.clearFaults();
            var errors = fake.serverErrors();
            if (errors.size() > serverErrorsBefore) {
                throw new AssertionError("The fake Bot API itself failed: " + errors.subList(serverErrorsBefore, errors.size()));
            }
        }
    }

    // --- people -------------------------------------------------------------------------------------

    /** A Telegram user nobody has seen before. */
    protected FakeUser newUser(String firstName) {
        return FakeUser.named(firstName);
    }

    /** A phone number no other test uses, normalised (+849...). */
    protected static String uniquePhone() {
        return "+84" + NEXT_PHONE.getAndIncrement();
    }

    protected Team team(String name) {
        TeamRepository teams = app.bean(TeamRepository.class);
        return teams.findByNameIgnoreCase(name).orElseGet(() -> teams.save(new Team(name)));
    }

    /** A staff member on the list, not linked to Telegram. */
    protected StaffMember seedStaff(String fullName, String teamName, Role... roles) {
        return seedStaff(fullName, uniquePhone(), teamName, roles);
    }

    protected StaffMember seedStaff(String fullName, String phone, String teamName, Role... roles) {
        Set<Role> r = roles.length == 0 ? EnumSet.of(Role.TEACHER) : EnumSet.of(roles[0], roles);
        Team t = teamName == null ? null : team(teamName);
        return app.bean(StaffRepository.class).save(new StaffMember(fullName, phone, t, null, r, Instant.now()));
    }

    /** A staff member already linked to this Telegram user (team "Tổ Toán - Tin"; TEACHER if no role given). */
    protected StaffMember seedLinked(FakeUser user, String fullName, Role... roles) {
        return link(seedStaff(fullName, "Tổ Toán - Tin", roles), user);
    }

    protected StaffMember link(StaffMember member, FakeUser user) {
        member.linkTelegram(user.id(), user.chatId(), user.username(), Instant.now());
        return app.bean(StaffRepository.class).save(member);
    }

    /** The staff member as the database has them now. */
    protected StaffMember reload(StaffMember member) {
        return app.bean(StaffRepository.class).findById(member.getId()).orElseThrow();
    }

    // --- texts --------------------------------------------------------------------------------------

    /** A text as the bot renders it in Vietnamese (from messages_vi.properties). */
    protected String vi(String key, Object... args) {
        return app.bean(Texts.class).get(Texts.VIETNAMESE, key, args);
    }

    /** A text as the bot renders it in English (from messages_en.properties). */
    protected String en(String key, Object... args) {
        return app.bean(Texts.class).get(Texts.ENGLISH, key, args);
    }

    // --- conversation -------------------------------------------------------------------------------

    /** The next message the bot sends this user that no earlier await returned. */
    protected RecordedMessage awaitReply(FakeUser user) {
        return fake.awaitMessageTo(user.chatId(), TIMEOUT);
    }

    /** The next unseen message to this user with exactly this text. */
    protected RecordedMessage awaitReply(FakeUser user, String text) {
        return fake.awaitMessageTo(user.chatId(), text, TIMEOUT);
    }

    /**
     * Fails if the user received anything not yet awaited once the bot has settled: every update sent so far
     * is handled and committed (confirmed to the fake) and nothing for this chat is left in the outbox. The
     * bot has then sent all it ever will for those updates, so no fixed wait is needed.
     */
    protected void assertNoMoreReplies(FakeUser user) {
        assertNoMoreMessagesTo(user.chatId());
    }

    /** As {@link #assertNoMoreReplies}, for any chat (e.g. a group). */
    protected void assertNoMoreMessagesTo(long chatId) {
        awaitSettled(chatId);
        fake.assertNoMoreMessagesTo(chatId, Duration.ZERO);
    }

    /** Until every update sent so far is handled and no message to this chat waits in the outbox (at most {@link #TIMEOUT}). */
    protected void awaitSettled(long chatId) {
        vn.thiduabot.telegram.Await.until(TIMEOUT, () -> "the bot to handle every update and send everything queued for chat " + chatId,
                () -> fake.allUpdatesTaken() && queuedFor(chatId) == 0);
    }

    /** Until no message to this chat waits in the outbox (at most {@link #TIMEOUT}), whatever updates are still held. */
    protected void awaitOutboxDrained(long chatId) {
        vn.thiduabot.telegram.Await.until(TIMEOUT, () -> "the bot to send everything queued for chat " + chatId, () -> queuedFor(chatId) == 0);
    }

    private int queuedFor(long chatId) {
        return app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from outbox_message where chat_id = ? and status = 'PENDING'", Integer.class, chatId);
    }

    // ------------------------------------------------------------------------------------------------

    /** The test class starts its own {@link BotApp} and passes it to {@link #useApp}; the shared one is not started for it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface OwnApp { }

    /** Starts the shared application once per test run (JUnit closes it at the end) and hands it to each test. */
    static final class SharedApp implements BeforeEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            if (context.getRequiredTestClass().isAnnotationPresent(OwnApp.class)) {
                return;
            }
            BotApp shared = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent("app", key -> BotApp.startWithOwnFake(), BotApp.class);
            ((EndToEndTest) context.getRequiredTestInstance()).useApp(shared);
        }
    }
}
