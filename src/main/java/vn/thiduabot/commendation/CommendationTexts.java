package vn.thiduabot.commendation;

import vn.thiduabot.campaign.Discipline;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.StaffRating;
import vn.thiduabot.chat.Texts;

/** Renders the commendation screens (list, cards, rule report, money) in one reader's language. */
@Component
public class CommendationTexts {

    /** Keeps a message inside Telegram's 4096 characters. */
    public static final int MAX_TEXT = 3800;

    private final Texts texts;

    CommendationTexts(Texts texts) {
        this.texts = texts;
    }

    public String text(Locale l, String key, Object... args) {
        return texts.get(l, key, args);
    }

    public String money(Locale l, long amount) {
        return texts.get(l, "commendation.money", Money.digits(amount, l));
    }

    public String title(Campaign c, String code) {
        return c.title(code).map(Campaign.Title::name).orElse(code);
    }

    public String form(Locale l, Campaign c, String code) {
        return code == null ? texts.get(l, "commendation.form.none") : c.form(code).map(Campaign.CommendationForm::name).orElse(code);
    }

    public String rating(Locale l, StaffRating r) {
        return r == null ? texts.get(l, "commendation.rating.unknown") : texts.get(l, r.messageKey());
    }

    public String discipline(Locale l, Discipline d) {
        return texts.get(l, d.messageKey());
    }

    public String violation(Locale l, Violation v) {
        return texts.get(l, v.key(), v.render(l, k -> texts.get(l, k)));
    }

    /** Bulleted violations, at most {@code max} of them, then how many more there are. */
    public String violations(Locale l, List<Violation> vs, int max) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (Violation v : vs) {
            if (shown == max) {
                b.append('\n').append(texts.get(l, "commendation.check.more", String.valueOf(vs.size() - shown)));
                break;
            }
            b.append(b.isEmpty() ? "" : "\n").append("⚠️ ").append(violation(l, v));
            shown++;
        }
        return b.toString();
    }

    /**
     * One line per title or form with money, and the total: the base salary in force on the decision's date (the
     * approval date, or today for a preview, said on screen), and each amount rounded up to 10,000 đ.
     */
    public String moneyLines(Locale l, AwardMoney m) {
        String basis = texts.get(l, m.decided() ? "commendation.money.basis-decided" : "commendation.money.basis-preview",
                m.date().equals(java.time.LocalDate.MAX) ? "" : Texts.date(m.date()));
        StringBuilder b = new StringBuilder(texts.get(l, "commendation.money.header", money(l, m.baseSalary()), basis));
        for (AwardMoney.Line line : m.lines()) {
            long raw = line.multiple().multiply(java.math.BigDecimal.valueOf(m.baseSalary()))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            b.append('\n').append(texts.get(l, "commendation.money.line", line.titleName(), String.valueOf(line.count()),
                    Share.number(line.multiple(), l), money(l, line.each()), money(l, line.subtotal()), money(l, raw)));
        }
        b.append('\n').append(texts.get(l, "commendation.money.total", money(l, m.total())));
        return b.toString();
    }

    /** One proposal on one line: person (team), title, form and rating; or the team, title and form. */
    public String proposal(Locale l, Campaign c, Proposal p, PersonFacts f) {
        if (p.individual()) {
            String team = f == null || f.team() == null ? texts.get(l, "commendation.no-team") : f.team();
            return texts.get(l, "commendation.proposal.person", p.subjectName(), team, title(c, p.titleCode()), form(l, c, p.formCode()),
                    rating(l, f == null ? null : f.rating()));
        }
        return texts.get(l, "commendation.proposal.team", p.subjectName(), title(c, p.titleCode()), form(l, c, p.formCode()));
    }

    /** The counts per title, e.g. LDTT: 10, CSTDCS: 2, with the titles named as in the campaign file. */
    public String counts(Locale l, Campaign c, List<Proposal> ps) {
        StringBuilder b = new StringBuilder();
        for (Campaign.Title t : c.individualTitles()) {
            append(b, t, ps);
        }
        for (Campaign.Title t : c.collectiveTitles()) {
            append(b, t, ps);
        }
        return b.isEmpty() ? texts.get(l, "commendation.list.empty-short") : b.toString();
    }

    private static void append(StringBuilder b, Campaign.Title t, List<Proposal> ps) {
        long n = ps.stream().filter(p -> p.titleCode().equals(t.code())).count();
        if (n > 0) {
            b.append(b.isEmpty() ? "" : " · ").append(t.name()).append(": ").append(n);
        }
    }

    public String status(Locale l, CommendationStore.ListStatus s) {
        return texts.get(l, "commendation.status." + s.name().toLowerCase(Locale.ROOT));
    }

    public String date(java.time.LocalDate d) {
        return Texts.date(d);
    }
}
