package vn.thiduabot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user can see exists in both languages, parses, and every key the code uses exists. */
class MessagesTest {

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("messages/messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("vi").stringPropertyNames());
    }

    @Test
    void every_text_is_non_empty_and_a_valid_message_format() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(lang + ":" + key).isNotBlank();
                new MessageFormat(value, Locale.forLanguageTag(lang)); // throws on a broken pattern
                assertThat(value).as(lang + ":" + key + " has a lone apostrophe, which MessageFormat swallows")
                        .doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    @Test
    void every_message_key_named_in_the_code_exists() throws IOException {
        Set<String> keys = load("vi").stringPropertyNames();
        // a key literal passed to the methods that render texts: reply("x.y"), message(..), toast(..),
        // text(..), buttonKey(..), askContact(..), get(locale, "x.y"), to(user, "x.y"); a literal ending in
        // a dot is a prefix the code completes at run time (the feature's own tests cover those)
        Pattern literal = Pattern.compile(
                "\\b(?:reply|message|toast|text|buttonKey|askContact|get|to)\\((?:[^()\"]*,\\s*)?\"([a-z][a-z0-9_]*\\.[a-z0-9_.-]*[a-z0-9_-])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    if (!keys.contains(k)) {
                        missing.add(f.getFileName() + ": " + k);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The school's papers address staff respectfully (never the informal pronouns) and quote with the Vietnamese marks. */
    @Test
    void vietnamese_texts_address_people_as_thay_co_and_use_vietnamese_quotes() throws IOException {
        Properties vi = load("vi");
        // the informal pronouns (U+1EA1 in one, U+00EC in the other) as whole words, and the low quote U+201E
        Pattern informal = Pattern.compile("(?iu)(?<![\\p{L}])(b\u1ea1n|m\u00ecnh)(?![\\p{L}])");
        Set<String> offending = new TreeSet<>();
        for (String key : vi.stringPropertyNames()) {
            String value = vi.getProperty(key);
            if (informal.matcher(value).find() || value.indexOf('\u201e') >= 0) {
                offending.add(key + "=" + value);
            }
        }
        assertThat(offending).as("texts that use an informal pronoun or the low quote mark").isEmpty();
    }
}
