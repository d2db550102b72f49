package vn.thiduabot.chat;

import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.BotTest;

/** Without a Mini App address (the default) the chat stays exactly as it was: no button opens a web page. */
@BotTest
@TestPropertySource(properties = BotTest.CAMPAIGNS_2023)
class MiniAppEntryPointsOffTest extends MiniAppEntryPoints {

    @Override
    String miniApp() {
        return null;
    }
}
