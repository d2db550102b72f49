package vn.thiduabot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Telegram's caption limit (1,024 characters) decides whether the digest is the chart's caption or goes before it. */
class DigestPostTest {

    final DigestPost.Photo chart = new DigestPost.Photo("digest.png", new byte[] {1, 2, 3});

    @Test
    void a_digest_of_exactly_1024_characters_is_the_charts_caption() {
        String text = "x".repeat(1024);
        DigestPost post = DigestPost.withChart(List.of(text), chart, "chart");
        assertThat(post.parts()).containsExactly(new DigestPost.Part(text, chart));
    }

    @Test
    void a_digest_of_1025_characters_goes_first_and_the_chart_follows_with_its_own_caption() {
        String text = "x".repeat(1025);
        DigestPost post = DigestPost.withChart(List.of(text), chart, "chart");
        assertThat(post.parts()).containsExactly(new DigestPost.Part(text, null), new DigestPost.Part("chart", chart));
    }

    @Test
    void a_digest_in_several_messages_keeps_their_order_and_the_chart_comes_last() {
        DigestPost post = DigestPost.withChart(List.of("counts", "names"), chart, "chart");
        assertThat(post.texts()).containsExactly("counts", "names", "chart");
        assertThat(post.parts().get(2).photo()).isSameAs(chart);
        assertThat(post.parts().subList(0, 2)).allSatisfy(p -> assertThat(p.photo()).isNull());
    }

    @Test
    void without_a_chart_only_the_texts_go() {
        assertThat(DigestPost.texts(List.of("a", "b")).parts())
                .containsExactly(new DigestPost.Part("a", null), new DigestPost.Part("b", null));
    }
}
