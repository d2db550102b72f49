package vn.thiduabot.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts the nomination dialogs build from names (a status, a category, a stage), or pass through
 * helpers the general message check cannot follow, exist in both languages: a missing one would
 * show its raw key to a teacher.
 */
class NominationMessagesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("messages/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> computedKeys() {
        List<String> keys = new ArrayList<>();
        for (NominationStatus s : NominationStatus.values()) {
            keys.add(s.messageKey());
        }
        for (NominationCategory c : NominationCategory.values()) {
            keys.add(c.messageKey());
        }
        for (NomineeKind k : NomineeKind.values()) {
            keys.add(k.messageKey());
        }
        for (ReviewStage stage : ReviewStage.values()) {
            keys.add("nomination." + stage.slug() + ".intro");
            keys.add("nomination.review." + stage.slug() + "-none");
            keys.add("nomination.review." + stage.slug() + "-header");
            keys.add(stage.yesLabel);
            keys.add(stage.noLabel);
            for (NominationStatus to : List.of(stage.yes, stage.no)) {
                keys.add("nomination.history." + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        for (String skip : List.of(NominationEvent.SKIP_NO_TEAM, NominationEvent.SKIP_NOMINATOR_LEADS, NominationEvent.SKIP_NO_LEADER)) {
            keys.add("nomination." + skip.replace(':', '.'));
        }
        return keys;
    }

    @Test
    void every_computed_key_and_every_key_literal_of_the_package_exists_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>(computedKeys());
        Pattern literal = Pattern.compile("\"((?:nomination|command)\\.[a-z0-9.-]*[a-z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/thiduabot/nomination"))) { // with its chat package
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(100);
        for (String lang : List.of("vi", "en")) {
            Set<String> present = load(lang).stringPropertyNames();
            assertThat(keys.stream().filter(k -> !present.contains(k)).toList()).as(lang).isEmpty();
        }
    }
}
