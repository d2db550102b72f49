package vn.thiduabot.commendation;

import static vn.thiduabot.commendation.MinutesLayout.paragraph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.commendation.MinutesLayout.Line;
import vn.thiduabot.commendation.PaperSet.Passed;
import vn.thiduabot.people.Role;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.registration.RegistrationSummary.TargetAnswer;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.staff.StaffView;

/**
 * One candidate's achievement report (báo cáo thành tích), laid out as the individual's template of the decree's
 * appendix (Mẫu số 03, Nghị định 98/2023/NĐ-CP): I. general information, II. achievements (1. duties, 2. results),
 * III. commendations already received; the head of the unit's and the reporter's signatures. The bot fills what it
 * knows (name, unit, position from the roles, the registered targets, the approved score and rating, the initiative
 * or research with its decision); everything only the person can write is a marked blank "…".
 */
@Component
class AchievementReportDocument {

    private static final Locale VI = MinutesDocument.VI;
    private static final List<Role> POSITIONS = List.of(Role.PRINCIPAL, Role.TEAM_LEADER, Role.SECRETARY, Role.COUNCIL, Role.TEACHER);

    private final Texts texts;

    AchievementReportDocument(Texts texts) {
        this.texts = texts;
    }

    /** What the bot knows of the candidate: the staff record, the facts, the approved score, the registration. */
    record Candidate(Passed proposal, StaffView staff, PersonFacts facts, Optional<AssessmentSummary> score,
                     Optional<RegistrationSummary> registration) { }

    byte[] write(PaperSet s, Candidate c) {
        XWPFDocument doc = new XWPFDocument();
        String year = s.campaign().schoolYear();
        PaperHeading.write(doc, texts, s.campaign().schoolName(), null, "", s.campaign().place(), null);
        paragraph(doc, t("papers.report.title"), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.report.subtitle", c.proposal().title(), year), true, ParagraphAlignment.CENTER, false);
        paragraph(doc, t("papers.report.template"), false, ParagraphAlignment.CENTER, true);
        paragraph(doc, t("papers.report.to-complete"), false, ParagraphAlignment.LEFT, true);
        paragraph(doc, t("papers.report.general"), true, ParagraphAlignment.LEFT, false);
        String team = c.staff().teamName() == null ? PaperHeading.BLANK : c.staff().teamName();
        for (String line : List.of(t("papers.report.name", c.staff().fullName()), t("papers.report.birth"), t("papers.report.hometown"),
                t("papers.report.residence"), t("papers.report.unit", team, s.campaign().schoolName()),
                t("papers.report.position", position(c.staff())), t("papers.report.qualification"))) {
            paragraph(doc, line, false, ParagraphAlignment.LEFT, false);
        }
        paragraph(doc, t("papers.report.achievements"), true, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.duties"), true, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.duties-text", year), false, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.results"), true, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.targets"), false, ParagraphAlignment.LEFT, false);
        List<TargetAnswer> targets = c.registration().map(RegistrationSummary::targets).orElse(List.of()).stream()
                .filter(TargetAnswer::answered).toList();
        if (targets.isEmpty()) {
            paragraph(doc, t("papers.report.no-targets"), false, ParagraphAlignment.LEFT, false);
        }
        for (TargetAnswer a : targets) {
            paragraph(doc, t("papers.report.target", a.name(), value(a)), false, ParagraphAlignment.LEFT, false);
        }
        paragraph(doc, c.score().map(sc -> t("papers.report.score", number(sc.finalTotal()), sc.ratingName()))
                .orElseGet(() -> t("papers.report.no-score")), false, ParagraphAlignment.LEFT, false);
        PersonFacts f = c.facts();
        paragraph(doc, f.ratingConfirmed() ? t("papers.report.rating", year, t("commendation.rating." + f.rating().name().toLowerCase(Locale.ROOT)))
                : t("papers.report.no-rating", year), false, ParagraphAlignment.LEFT, false);
        paragraph(doc, f.recognisedInitiative() ? t("papers.report.initiative", f.initiativeName(), f.initiativeDecision())
                : t("papers.report.no-initiative"), false, ParagraphAlignment.LEFT, false);
        if (f.acceptedResearch()) {
            paragraph(doc, t("papers.report.research", f.researchName(), f.researchDecision(), Texts.date(f.researchDate())), false,
                    ParagraphAlignment.LEFT, false);
        }
        paragraph(doc, t("papers.report.other"), false, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.awards"), true, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.past-titles"), false, ParagraphAlignment.LEFT, false);
        paragraph(doc, t("papers.report.past-forms"), false, ParagraphAlignment.LEFT, false);
        List<Line> head = PaperHeading.signature(texts, List.of(t("papers.report.sign-head"), t("papers.report.sign-head-confirms")),
                "papers.report.sign-head-hint", s.chair());
        PaperHeading.signatures(doc, head, PaperHeading.signature(texts, List.of(t("papers.report.sign-self")),
                "commendation.minutes.sign-hint", c.staff().fullName()));
        return Docx.bytes(doc);
    }

    /** The bot's roles as the position line (the admin role is a bot permission, not a position). */
    private String position(StaffView v) {
        List<String> parts = new ArrayList<>();
        for (Role r : POSITIONS) {
            boolean teacherToo = r == Role.TEACHER && (v.has(Role.PRINCIPAL) || v.has(Role.TEAM_LEADER));
            if (v.has(r) && !teacherToo) {
                parts.add(t("report.position." + r.name().toLowerCase(Locale.ROOT)));
            }
        }
        return parts.isEmpty() ? PaperHeading.BLANK : String.join(", ", parts);
    }

    /** A registered value as written on paper: a decimal comma, a percent sign, yes or no. */
    private String value(TargetAnswer a) {
        if (a.value() == null) {
            return PaperHeading.BLANK;
        }
        return switch (a.type()) {
            case PERCENT -> a.value().replace('.', ',') + "%";
            case YES_NO -> t("yes".equals(a.value()) ? "report.yes" : "report.no");
            default -> a.value();
        };
    }

    private static String number(BigDecimal b) {
        return b == null ? PaperHeading.BLANK : Share.number(b, VI);
    }

    private String t(String key, Object... args) {
        return texts.get(VI, key, args);
    }
}
