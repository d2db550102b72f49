package vn.thiduabot.commendation.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.AwardLetters;
import vn.thiduabot.commendation.CommendationTexts;
import vn.thiduabot.commendation.Share;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The announcement one person reads after the list is approved, in their language: their titles and forms with
 * the money of each (multiple × base salary of the approval day, rounded up to 10,000 đ: Nghị định 98/2023/NĐ-CP)
 * and the total; or, not proposed, a thank-you for the year; and for a team leader, the team's own.
 */
@Component
class AnnouncementTexts {

    private final CommendationTexts t;

    AnnouncementTexts(CommendationTexts t) {
        this.t = t;
    }

    String letter(Person p, AwardLetters.Letters letters) {
        Locale l = p.locale();
        String date = Texts.date(letters.decisionDate());
        StringBuilder b = new StringBuilder(t.text(l, "announce.header", letters.schoolYear(), date, p.fullName()));
        b.append("\n\n").append(letters.person(p.staffId())
                .map(own -> t.text(l, "announce.person.awarded") + awards(l, own, "announce.total"))
                .orElseGet(() -> t.text(l, "announce.person.not-proposed", letters.schoolYear())));
        if (p.has(Role.TEAM_LEADER) && p.teamName() != null) {
            letters.team(p.teamName()).ifPresent(team ->
                    b.append("\n\n").append(t.text(l, "announce.team.awarded", p.teamName())).append(awards(l, team, "announce.team.total")));
        }
        if (letters.person(p.staffId()).isPresent() || (p.has(Role.TEAM_LEADER) && letters.team(p.teamName()).isPresent())) {
            b.append("\n\n").append(t.text(l, "announce.money.rule", date, t.money(l, letters.baseSalary())));
        }
        return Texts.shorten(b.toString(), CommendationTexts.MAX_TEXT);
    }

    /** One line per title or form, then the total when there is money. */
    private String awards(Locale l, AwardLetters.Letter letter, String totalKey) {
        StringBuilder b = new StringBuilder();
        for (AwardLetters.Award a : letter.awards()) {
            b.append('\n');
            if (a.paid()) {
                long raw = a.multiple().multiply(BigDecimal.valueOf(a.baseSalary())).setScale(0, RoundingMode.HALF_UP).longValueExact();
                b.append(t.text(l, "announce.award.paid", a.name(), t.money(l, a.amount()), Share.number(a.multiple(), l),
                        t.money(l, a.baseSalary()), t.money(l, raw)));
            } else {
                b.append(t.text(l, "announce.award.unpaid", a.name()));
            }
        }
        if (letter.total() > 0) {
            b.append('\n').append(t.text(l, totalKey, t.money(l, letter.total())));
        }
        return b.toString();
    }
}
