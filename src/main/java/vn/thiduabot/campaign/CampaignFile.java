package vn.thiduabot.campaign;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import vn.thiduabot.campaign.Campaign.CommendationForm;
import vn.thiduabot.campaign.Campaign.Deadlines;
import vn.thiduabot.campaign.Campaign.Target;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.campaign.Campaign.TimelineEvent;
import vn.thiduabot.campaign.Campaign.Title;
import vn.thiduabot.campaign.ScoreSheet.Band;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.campaign.ScoreSheet.Kind;
import vn.thiduabot.campaign.ScoreSheet.Section;

/** Reads and checks one campaign file; every problem is reported with the file, line and key. */
final class CampaignFile {

    static final int MAX_PLACE = 60;

    private CampaignFile() {
    }

    /** The campaign, or an exception listing everything wrong with the file. */
    static Campaign read(Path path) {
        String name = path.toString().replace('\\', '/');
        List<String> errors = new ArrayList<>();
        Node root;
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CampaignConfigException(List.of(name + " line " + line + ": not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            throw new CampaignConfigException(List.of(name + ": cannot be read: " + e.getMessage()));
        }
        Campaign c = parse(new YamlDoc(name, "", root, errors).get("campaign"), name);
        if (!errors.isEmpty()) {
            throw new CampaignConfigException(errors);
        }
        return c;
    }

    private static Campaign parse(YamlDoc doc, String file) {
        if (!doc.present()) {
            doc.error("is required: the file must start with \"campaign:\"");
            return null;
        }
        String school = doc.get("school").text();
        String place = place(doc.get("place"));
        YamlDoc yearDoc = doc.get("school-year");
        String year = yearDoc.text();
        if (year != null && !year.matches("\\d{4}-\\d{4}")) {
            yearDoc.error("must look like 2023-2024");
        } else if (year != null && Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            yearDoc.error("must be two consecutive years, like 2023-2024");
        }
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        YamlDoc zoneDoc = doc.get("time-zone");
        if (zoneDoc.present()) {
            try {
                zone = ZoneId.of(zoneDoc.text());
            } catch (DateTimeException e) {
                zoneDoc.error("is not a time zone (use Asia/Ho_Chi_Minh)");
            }
        }
        Deadlines deadlines = CampaignDates.deadlines(doc.get("deadlines"));
        YamlDoc titles = doc.get("titles");
        List<Title> individual = titles(titles.get("individual"), false);
        List<Title> collective = titles(titles.get("collective"), true);
        checkRequires(titles.get("individual"), individual);
        List<CommendationForm> forms = new ArrayList<>();
        Set<String> formCodes = new HashSet<>();
        for (YamlDoc f : doc.get("forms").list()) {
            String code = uniqueCode(f, formCodes);
            forms.add(new CommendationForm(code, f.get("name").text()));
        }
        List<Target> targets = targets(doc.get("targets"));
        List<Target> teamTargets = targets(doc.get("registration").get("team-targets"));
        ScoreSheet sheet = scoreSheet(doc.get("score-sheet"));
        boolean teamFirst = doc.get("review").get("team-leader-first").bool(false);
        List<TimelineEvent> timeline = new ArrayList<>();
        for (YamlDoc e : doc.get("timeline").list()) {
            LocalDate date = e.get("date").date();
            timeline.add(new TimelineEvent(date, e.get("title").text(), e.get("tag").present() ? e.get("tag").text() : null));
            CampaignDates.proposalMilestone(e, date, deadlines);
        }
        CommendationRules rules = CommendationSection.parse(doc.get("commendation"), individual, collective, sheet,
                forms.stream().map(CommendationForm::code).collect(java.util.stream.Collectors.toSet()));
        return new Campaign(file, school, year, zone, deadlines, List.copyOf(individual), List.copyOf(collective),
                List.copyOf(forms), List.copyOf(targets), sheet, teamFirst, List.copyOf(timeline), rules, place,
                PledgeSection.parse(doc.get("pledge"), deadlines), List.copyOf(teamTargets));
    }

    /** A list of targets (the individual ones, or the team's collective ones): same fields, same checks. */
    private static List<Target> targets(YamlDoc list) {
        List<Target> targets = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlDoc t : list.list()) {
            targets.add(new Target(uniqueCode(t, codes), t.get("name").text(),
                    t.get("type").enumValue(TargetType.class, TargetType.TEXT), t.get("required").bool(false)));
        }
        return targets;
    }

    /** The locality the minutes are dated from: optional, one short line of text. */
    private static String place(YamlDoc d) {
        if (!d.present()) {
            return null;
        }
        String place = d.text();
        if (place != null && (place.isBlank() || place.length() > MAX_PLACE || place.contains("\n"))) {
            d.error("must be the name of the town or district, on one line, at most " + MAX_PLACE + " characters");
            return null;
        }
        return place;
    }

    private static List<Title> titles(YamlDoc list, boolean collective) {
        List<Title> titles = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlDoc t : list.requiredList()) {
            List<String> requires = new ArrayList<>();
            for (YamlDoc r : t.get("requires").list()) {
                requires.add(r.text());
            }
            titles.add(new Title(uniqueCode(t, codes), t.get("name").text(), t.get("notes").text(""), List.copyOf(requires),
                    collective));
        }
        return titles;
    }

    private static void checkRequires(YamlDoc list, List<Title> titles) {
        Set<String> codes = new HashSet<>();
        titles.forEach(t -> codes.add(t.code()));
        List<YamlDoc> docs = list.list();
        for (int i = 0; i < titles.size() && i < docs.size(); i++) {
            for (String r : titles.get(i).requires()) {
                if (!codes.contains(r)) {
                    docs.get(i).get("requires").error("names \"" + r + "\", which is not an individual title of this file");
                }
            }
        }
    }

    private static ScoreSheet scoreSheet(YamlDoc s) {
        Set<String> codes = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (YamlDoc sec : s.get("sections").requiredList()) {
            String code = uniqueCode(sec, codes);
            BigDecimal max = sec.get("max").positiveNumber();
            List<Criterion> criteria = items(sec.get("criteria"), Kind.CRITERION, code, codes, true);
            BigDecimal sum = criteria.stream().map(Criterion::max).filter(m -> m != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (max != null && sum.compareTo(max) != 0) {
                sec.get("max").error("is " + max.toPlainString() + " but its criteria add up to " + sum.toPlainString());
            }
            sections.add(new Section(code, sec.get("name").text(), max, List.copyOf(criteria)));
        }
        YamlDoc bonusDoc = s.get("bonus");
        List<Criterion> bonus = items(bonusDoc.get("items"), Kind.BONUS, null, codes, false);
        BigDecimal cap = bonusDoc.get("cap").present() ? bonusDoc.get("cap").positiveNumber()
                : bonus.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Criterion> penalties = items(s.get("penalties").get("items"), Kind.PENALTY, null, codes, false);
        List<Band> bands = new ArrayList<>();
        Set<String> bandCodes = new HashSet<>();
        YamlDoc bandsDoc = s.get("bands");
        for (YamlDoc b : bandsDoc.requiredList()) {
            BigDecimal min = b.get("min").number();
            if (min != null && min.signum() < 0) {
                b.get("min").error("must be 0 or more");
            }
            bands.add(new Band(min == null ? BigDecimal.ZERO : min, uniqueCode(b, bandCodes), b.get("name").text()));
        }
        if (!bands.isEmpty() && bands.stream().noneMatch(b -> b.min().signum() == 0)) {
            bandsDoc.error("must include a band with min: 0, so that every total gets a rating");
        }
        if (bands.stream().map(Band::min).distinct().count() != bands.size()) {
            bandsDoc.error("has two bands with the same min");
        }
        bands.sort(Comparator.comparing(Band::min).reversed());
        return new ScoreSheet(List.copyOf(sections), List.copyOf(bonus), cap == null ? BigDecimal.ZERO : cap,
                List.copyOf(penalties), List.copyOf(bands));
    }

    private static List<Criterion> items(YamlDoc list, Kind kind, String section, Set<String> codes, boolean required) {
        List<Criterion> items = new ArrayList<>();
        for (YamlDoc c : required ? list.requiredList() : list.list()) {
            BigDecimal max = c.get("max").positiveNumber();
            if (max != null && max.scale() > 1 && max.stripTrailingZeros().scale() > 1) {
                c.get("max").error("may have at most one decimal");
            }
            items.add(new Criterion(uniqueCode(c, codes), c.get("name").text(), c.get("description").text(""),
                    max == null ? BigDecimal.ONE : max, c.get("evidence").bool(false), kind, section));
        }
        return items;
    }

    private static String uniqueCode(YamlDoc item, Set<String> seen) {
        YamlDoc codeDoc = item.get("code");
        String code = codeDoc.text();
        if (code != null) {
            if (!code.matches("[A-Za-z0-9_.-]{1,20}")) {
                codeDoc.error("must be 1 to 20 letters, digits, '.', '_' or '-' (it is used inside button data)");
            } else if (!seen.add(code)) {
                codeDoc.error("\"" + code + "\" is used twice");
            }
        }
        return code;
    }
}
