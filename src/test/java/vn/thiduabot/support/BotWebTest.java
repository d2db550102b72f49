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
 * {@link BotTest} with the Mini App's web server on a free port ({@code thidua.web.public-url} set, the bot token
 * {@link WebApp#TOKEN}, Telegram's script swapped for the test stub {@code /test/telegram-web-app.js}). Every class
 * so annotated shares one application; drive it with {@link WebApp} (the API) or {@link Browser} (the page).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = {ThiDuaBotApplication.class, BotTestBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"thidua.transport=none", "thidua.web.enabled=true", "thidua.web.public-url=" + WebApp.PUBLIC_URL, "thidua.telegram.token=" + WebApp.TOKEN,
                "thidua.web.telegram-script=" + WebApp.STUB_SCRIPT, BotTest.CAMPAIGNS_2023})
@ContextConfiguration(initializers = BotTestInitializer.class)
@TestExecutionListeners(listeners = BotTestListener.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface BotWebTest {
}
