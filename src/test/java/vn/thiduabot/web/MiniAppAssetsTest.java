package vn.thiduabot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a phone downloads to open the Mini App: the page's own scripts and styles, under 100 KB together (the issue's
 * budget; a school's teachers open it on slow mobile data), all of them served by the bot itself (no CDN, no build
 * step), and every file the page names present in the jar.
 */
class MiniAppAssetsTest {

    static final Path STATIC = Path.of("src/main/resources/static/app");
    static final Path PAGE = Path.of("src/main/resources/web/index.html");
    static final long BUDGET = 100 * 1024;

    @Test
    void the_pages_scripts_and_styles_weigh_under_100_kb() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(STATIC)) {
            bytes = files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).mapToLong(MiniAppAssetsTest::size).sum();
        }
        assertThat(bytes).as("bytes of JS + CSS in %s", STATIC).isPositive().isLessThan(BUDGET);
    }

    @Test
    void every_file_the_page_names_is_served_by_the_bot_itself() throws IOException {
        String html = Files.readString(PAGE);
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> named = m.results().map(r -> r.group(1)).toList();
        assertThat(named).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).doesNotContain("//");
            assertThat(STATIC.resolve(ref)).exists();
        });
        try (Stream<Path> files = Files.list(STATIC)) {
            assertThat(files.filter(f -> f.toString().endsWith(".js"))).allSatisfy(js ->
                    assertThat(Files.readString(js)).doesNotContainPattern("https?://"));
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
