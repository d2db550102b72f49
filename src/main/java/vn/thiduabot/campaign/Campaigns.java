package vn.thiduabot.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The school's campaign files (config/campaign-YYYY-YYYY.yml), read and checked at start-up: a
 * wrong file stops the bot with a list of every problem rather than misbehaving later in the year.
 */
@Service
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

    private final Path folder;
    private final Clock clock;
    private volatile List<Campaign> campaigns;

    public Campaigns(@Value("${thidua.campaign-dir:config}") String folder, Clock clock) {
        this.folder = Path.of(folder);
        this.clock = clock;
        this.campaigns = load(this.folder);
    }

    /** Reads the files again (after the secretary changed one); the old campaigns stay if the new files are wrong. */
    public synchronized List<Campaign> reload() {
        campaigns = load(folder);
        return campaigns;
    }

    /**
     * The campaign of the school year that today falls in (a school year runs from 1 August to 31 July),
     * or else the latest one that has started, or else the earliest.
     */
    public Campaign current() {
        LocalDate today = LocalDate.now(clock);
        List<Campaign> all = campaigns;
        if (all.isEmpty()) {
            throw new CampaignConfigException(List.of(folder + ": no campaign-YYYY-YYYY.yml file"));
        }
        return all.stream().filter(c -> firstDay(c).compareTo(today) <= 0).reduce((a, b) -> b).orElse(all.get(0));
    }

    public Optional<Campaign> forYear(String schoolYear) {
        return campaigns.stream().filter(c -> c.schoolYear().equals(schoolYear)).findFirst();
    }

    public List<Campaign> all() {
        return campaigns;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate firstDay(Campaign c) {
        return LocalDate.of(Integer.parseInt(c.schoolYear().substring(0, 4)), 8, 1);
    }

    private static List<Campaign> load(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().matches("campaign-\\d{4}-\\d{4}\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list campaign files in " + folder, e);
        }
        List<Campaign> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                Campaign c = CampaignFile.read(f);
                String expected = f.getFileName().toString().replaceAll("campaign-(\\d{4}-\\d{4})\\.ya?ml", "$1");
                if (!expected.equals(c.schoolYear())) {
                    problems.add(f + ": school-year is " + c.schoolYear() + " but the file name says " + expected);
                }
                result.add(c);
            } catch (CampaignConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CampaignConfigException(problems);
        }
        result.sort(Comparator.comparing(Campaign::schoolYear));
        log.info("Campaigns loaded: {}", result.stream().map(Campaign::schoolYear).toList());
        return List.copyOf(result);
    }
}
