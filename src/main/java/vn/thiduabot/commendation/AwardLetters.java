package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * What the approved list gives each person and each team, for the announcement after the approval: their
 * titles and forms, each with its award money, and their total. The amounts are {@link AwardMoney}'s, on the
 * decision's date (Nghị định 98/2023/NĐ-CP: the base salary in force on the day of the decision, each amount
 * rounded up to 10,000 đ, a title and a form in one decision both paid); nothing is summed here.
 */
@Service
public class AwardLetters {

    private final Commendations service;
    private final StaffDirectory staff;

    AwardLetters(Commendations service, StaffDirectory staff) {
        this.service = service;
        this.staff = staff;
    }

    /**
     * One title or form: its name, and when the campaign file gives it money, the multiple, the base salary and the
     * amount (rounded up); {@code multiple} is null for one without money.
     */
    public record Award(String name, boolean form, BigDecimal multiple, long baseSalary, long amount) {
        public boolean paid() {
            return multiple != null && amount > 0;
        }
    }

    /** Everything one person or one team is awarded on the list, and the money in total. */
    public record Letter(List<Award> awards, long total) { }

    /** The approved list, person by person (staff id) and team by team (team name as on the list). */
    public record Letters(String schoolYear, LocalDate decisionDate, long baseSalary, Map<Long, Letter> people,
                          Map<String, Letter> teams) {

        public Optional<Letter> person(long staffId) {
            return Optional.ofNullable(people.get(staffId));
        }

        /** The team's letter; team names compare as the staff list does, ignoring case. */
        public Optional<Letter> team(String teamName) {
            if (teamName == null) {
                return Optional.empty();
            }
            return teams.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(teamName.toLowerCase(Locale.ROOT)))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /** The current list's awards at the decision's date (the approval day). */
    @Transactional(readOnly = true)
    public Letters of(LocalDate decisionDate) {
        Commendations.ListView v = service.view();
        Campaign c = v.campaign();
        Map<Long, List<Proposal>> people = new LinkedHashMap<>();
        Map<String, List<Proposal>> teams = new LinkedHashMap<>();
        for (Proposal p : v.proposals()) {
            if (p.individual() && p.staffId() != null) {
                people.computeIfAbsent(p.staffId(), k -> new ArrayList<>()).add(p);
            } else if (!p.individual()) {
                teams.computeIfAbsent(p.teamName(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Long, Letter> personLetters = new LinkedHashMap<>();
        people.forEach((id, ps) -> personLetters.put(id, letter(c, ps, decisionDate)));
        Map<String, Letter> teamLetters = new LinkedHashMap<>();
        teams.forEach((name, ps) -> teamLetters.put(name, letter(c, ps, decisionDate)));
        long base = AwardMoney.of(c, List.of(), decisionDate, true).baseSalary();
        return new Letters(c.schoolYear(), decisionDate, base, personLetters, teamLetters);
    }

    /** Who hears the announcement and a congratulation: every active staff member with a linked chat, by name. */
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return staff.activeStaff().stream().map(StaffView::linkedPerson).flatMap(Optional::stream)
                .filter(p -> p.chatId() != null && p.telegramUserId() != null).toList();
    }

    /** One subject's proposals: each title, then its form, with the money {@link AwardMoney} gives it. */
    private static Letter letter(Campaign c, List<Proposal> ps, LocalDate date) {
        AwardMoney money = AwardMoney.of(c, ps, date, true);
        List<Award> awards = new ArrayList<>();
        for (Proposal p : ps) {
            awards.add(award(money, p.titleCode(), false, c.title(p.titleCode()).map(Campaign.Title::name).orElse(p.titleCode())));
            if (p.formCode() != null) {
                awards.add(award(money, p.formCode(), true,
                        c.form(p.formCode()).map(Campaign.CommendationForm::name).orElse(p.formCode())));
            }
        }
        return new Letter(List.copyOf(awards), money.total());
    }

    private static Award award(AwardMoney money, String code, boolean form, String name) {
        return money.rows().stream().filter(r -> r.code().equals(code) && r.form() == form).findFirst()
                .map(r -> new Award(name, form, r.multiple(), r.baseSalary(), r.amount()))
                .orElse(new Award(name, form, null, money.baseSalary(), 0));
    }
}
