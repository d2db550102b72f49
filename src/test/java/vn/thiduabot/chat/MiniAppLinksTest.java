package vn.thiduabot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Where the Mini App's links point, and what the start-up check says about its address. */
class MiniAppLinksTest {

    @Test
    void without_an_address_the_chat_offers_no_mini_app() {
        MiniAppLinks links = new MiniAppLinks("");

        assertThat(links.enabled()).isFalse();
        assertThat(MiniAppLinks.problem(new MockEnvironment())).isEmpty();
        assertThatThrownBy(() -> links.url(MiniAppLinks.HOME)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void links_open_a_screen_and_a_record_under_app_without_a_double_slash() {
        MiniAppLinks links = new MiniAppLinks("https://thiduabot.school.edu.vn/");

        assertThat(links.enabled()).isTrue();
        assertThat(links.url(MiniAppLinks.HOME)).isEqualTo("https://thiduabot.school.edu.vn/app/?screen=home");
        assertThat(links.url(MiniAppLinks.REGISTRATION)).isEqualTo("https://thiduabot.school.edu.vn/app/?screen=registration");
        assertThat(links.url(MiniAppLinks.REVIEW, 42)).isEqualTo("https://thiduabot.school.edu.vn/app/?screen=review&id=42");
        assertThat(new MiniAppLinks("https://school.edu.vn/thidua").url(MiniAppLinks.ASSESSMENT))
                .isEqualTo("https://school.edu.vn/thidua/app/?screen=assessment");
        assertThatThrownBy(() -> links.url("settings")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_console_s_local_server_makes_links_work_but_a_public_address_wins() {
        MiniAppLinks none = new MiniAppLinks("");
        none.useLocalAddress("http://127.0.0.1:43117/");
        assertThat(none.enabled()).isTrue();
        assertThat(none.url(MiniAppLinks.ASSESSMENT)).isEqualTo("http://127.0.0.1:43117/app/?screen=assessment");

        MiniAppLinks both = new MiniAppLinks("https://thiduabot.school.edu.vn");
        both.useLocalAddress("http://127.0.0.1:43117");
        assertThat(both.url(MiniAppLinks.HOME)).isEqualTo("https://thiduabot.school.edu.vn/app/?screen=home");
    }

    @Test
    void an_address_telegram_would_not_open_is_refused_in_one_sentence_naming_the_key() {
        for (String wrong : new String[] {"http://thiduabot.school.edu.vn", "thiduabot.school.edu.vn", "https://", "ftp://x.vn",
                "https://thiduabot.school.edu.vn/?a=1", "https://bad host"}) {
            MockEnvironment env = new MockEnvironment().withProperty("thidua.web.public-url", wrong);
            assertThat(MiniAppLinks.problem(env)).as(wrong).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("thidua.web.public-url must be the absolute https:// address").contains("was: " + wrong)
                    .doesNotContain("\n"));
            assertThatThrownBy(() -> new MiniAppLinks(wrong)).as(wrong).hasMessageStartingWith("thidua.web.public-url");
        }
        assertThat(MiniAppLinks.problem(new MockEnvironment().withProperty("thidua.web.public-url", " https://thiduabot.school.edu.vn ")))
                .isEmpty();
    }
}
