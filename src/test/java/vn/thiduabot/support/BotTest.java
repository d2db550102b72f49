package vn.thiduabot.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import vn.thiduabot.ThiDuaBotApplication;

/**
 * The whole bot in a test, without a transport ({@code thidua.transport=none}): driven at intake level
 * ({@link ChatDriver}), its messages read from the outbox. Every class so annotated with the same extra
 * configuration shares ONE application (Spring's context cache) instead of starting its own:
 * <ul>
 *   <li>the data folder (SQLite database, files) is a temporary folder of that application
 *       ({@link BotTestInitializer}); with {@link OnPostgres}, a database of its own on the JVM's one PostgreSQL;</li>
 *   <li>the clock is a {@link MutableClock} ({@link BotTestBeans}): before each class it is back on the system's
 *       time, or at the class's {@link ClockAt};</li>
 *   <li>before each class every table is emptied ({@link SchemaReset}), so a class finds the database as a
 *       fresh application would; a class that needs it between its tests calls {@link SchoolFixture#reset()};</li>
 *   <li>{@link SchoolFixture} builds the school (teams, people, their roles and Telegram links).</li>
 * </ul>
 * Extra properties go in a {@code @TestPropertySource} (classes with the same ones share an application);
 * {@link #CAMPAIGNS_2023} is the test campaign folder (the 2023-2024 school year). Anything that makes a class's
 * configuration its own (a {@code @DynamicPropertySource}, a nested {@code @TestConfiguration}, a
 * {@code @MockitoBean}) costs an application start: keep those for what cannot be done otherwise, and add
 * {@code @DirtiesContext} so the application is closed after the class rather than kept in the cache.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = {ThiDuaBotApplication.class, BotTestBeans.class}, properties = "thidua.transport=none")
@ContextConfiguration(initializers = BotTestInitializer.class)
@TestExecutionListeners(listeners = BotTestListener.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface BotTest {

    /** The test campaign folder: {@code campaign-2023-2024.yml}. */
    String CAMPAIGNS_2023 = "thidua.campaign-dir=src/test/resources/campaigns";
}
