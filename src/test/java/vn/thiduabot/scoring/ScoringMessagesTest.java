package vn.thiduabot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scoring texts exist in both languages, including the keys the code builds or passes around
 * (refusals, statuses, stages, history actions) that the general message test cannot see.
 */
class ScoringMessagesTest {

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("messages/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void every_scoring_key_in_the_code_and_every_enum_label_exists_in_vietnamese_and_english() throws IOException {
        Set<String> wanted = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:scoring|command)\\.[a-z0-9_.-]*[a-z0-9_-])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/thiduabot/scoring"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    wanted.add(m.group(1));
                }
            }
        }
        for (AssessmentStatus s : AssessmentStatus.values()) {
            wanted.add(s.messageKey());
        }
        for (Stage s : Stage.values()) {
            wanted.add(s.messageKey());
        }
        for (EventAction a : EventAction.values()) {
            wanted.add(a.messageKey());
        }
        assertThat(wanted).hasSizeGreaterThan(150);
        for (String lang : new String[] {"vi", "en"}) {
            Set<String> keys = load(lang).stringPropertyNames();
            assertThat(wanted.stream().filter(k -> !keys.contains(k)).toList()).as(lang).isEmpty();
        }
    }

    @Test
    void no_scoring_text_comes_near_telegrams_limit_on_its_own() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("scoring.")) {
                    assertThat(p.getProperty(key).length()).as(lang + ":" + key).isLessThan(1000);
                }
            }
        }
    }
}
