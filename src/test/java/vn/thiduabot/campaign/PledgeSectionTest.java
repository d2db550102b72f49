package vn.thiduabot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign file's {@code pledge:} section: the wording and the day it opens. Without it the year simply has no
 * pledge; a wrong one stops the start-up with the file, line and key, as every other mistake in the file.
 */
class PledgeSectionTest {

    static final Path SEED = Path.of("src/test/resources/campaigns/campaign-2023-2024.yml");

    @TempDir
    Path dir;

    @Test
    void both_example_files_open_a_pledge_in_september_before_the_department_deadline() {
        for (Path f : new Path[] {SEED, Path.of("config/campaign-2026-2027.yml")}) {
            Campaign c = CampaignFile.read(f);
            Campaign.Pledge p = c.pledgeOffered().orElseThrow();
            assertThat(p.opens().getMonthValue()).isEqualTo(9);
            assertThat(p.opens()).isBefore(c.deadlines().departmentSubmission());
            assertThat(p.text()).startsWith("Thực hiện Kế hoạch thi đua").contains(c.schoolYear()).hasSizeLessThan(PledgeSection.MAX_TEXT);
        }
        assertThat(CampaignFile.read(SEED).pledge().opens()).isEqualTo(LocalDate.of(2023, 9, 20));
    }

    @Test
    void a_file_without_a_pledge_section_keeps_working_with_the_pledge_off() throws IOException {
        Campaign c = CampaignFile.read(withPledge(""));
        assertThat(c.pledgeOffered()).isEmpty();
        assertThat(c.scoreSheet().criteria()).isNotEmpty();
    }

    @Test
    void a_pledge_opening_after_the_department_deadline_or_without_text_is_reported_with_file_line_and_key() throws IOException {
        Path f = withPledge("""
                  pledge:
                    opens: 2023-10-11
                    text: "  "
                """);
        assertThatThrownBy(() -> CampaignFile.read(f)).isInstanceOfSatisfying(CampaignConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains(f.toString().replace('\\', '/')).contains("line 11, campaign.pledge.opens")
                        .contains("after department-submission (2023-10-10)"))
                .anySatisfy(p -> assertThat(p).contains("line 12, campaign.pledge.text").contains("the pledge's wording")));
    }

    @Test
    void a_pledge_that_is_not_a_section_or_misses_its_date_is_reported() throws IOException {
        assertThatThrownBy(() -> CampaignFile.read(withPledge("  pledge: yes\n")))
                .hasMessageContaining("pledge: must be a section with the keys text and opens");
        assertThatThrownBy(() -> CampaignFile.read(withPledge("  pledge:\n    text: Giao ước\n    opens: 20/09/2023\n")))
                .hasMessageContaining("pledge.opens: must be a date written yyyy-MM-dd");
        assertThatThrownBy(() -> CampaignFile.read(withPledge("  pledge:\n    text: Giao ước\n")))
                .hasMessageContaining("pledge.opens: is required");
    }

    /** The seed file with its pledge section replaced by this one (lines 10 onwards: it follows the review section). */
    private Path withPledge(String section) throws IOException {
        String seed = Files.readString(SEED);
        int from = seed.indexOf("  # Giao ước thi đua:");
        int to = seed.indexOf("  titles:");
        String head = seed.substring(0, from);
        String text = head.lines().limit(9).reduce("", (a, b) -> a + b + "\n") + section
                + head.lines().skip(9).reduce("", (a, b) -> a + b + "\n") + seed.substring(to);
        Path f = dir.resolve("campaign-2023-2024.yml");
        Files.writeString(f, text);
        return f;
    }
}
