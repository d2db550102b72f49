package vn.thiduabot.chat;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thiduabot.support.BotTest;

/** With the Mini App's address set, the first screens of the long forms offer it. */
@BotTest
@TestPropertySource(properties = {BotTest.CAMPAIGNS_2023, "thidua.web.public-url=" + MiniAppEntryPointsTest.ADDRESS})
@DirtiesContext
class MiniAppEntryPointsTest extends MiniAppEntryPoints {

    static final String ADDRESS = "https://thidua.example.edu.vn";

    @Override
    String miniApp() {
        return ADDRESS;
    }
}
