package vn.thiduabot.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Band;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.campaign.ScoreSheet.Kind;
import vn.thiduabot.campaign.ScoreSheet.Section;
import vn.thiduabot.people.Role;
import vn.thiduabot.nomination.NominationCategory;
import vn.thiduabot.nomination.NominationStatus;
import vn.thiduabot.nomination.NominationSummary;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.nomination.Quarter;
import vn.thiduabot.registration.CollectiveRegistrationSummary;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationSummary;
import vn.thiduabot.scoring.Adjustment;
import vn.thiduabot.scoring.AssessmentStatus;
import vn.thiduabot.scoring.AssessmentSummary;
import vn.thiduabot.scoring.ItemScore;
import vn.thiduabot.scoring.Stage;
import vn.thiduabot.staff.StaffView;

/**
 * Plain data for the workbook builders: the demo school's 2023-2024 campaign and a generated school
 * of any size (8 teams; names with the diacritics of the seed's region), for tests and the benchmark.
 */
public final class ReportFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate MADE_ON = LocalDate.of(2023, 9, 15);
    public static final String SCHOOL = "Trường PT DTNT THCS&THPT Bản Mường";
    public static final List<String> TEAMS = List.of("Tổ Toán - Tin", "Tổ Ngữ văn - Sử - Địa", "Tổ Ngoại ngữ",
            "Tổ Khoa học tự nhiên", "Tổ Thể dục - Quốc phòng", "Tổ Nghệ thuật - Công nghệ", "Tổ Giáo dục công dân", "Tổ Văn phòng");
    private static final String[] FAMILY = {"Lò", "Vì", "Hà", "Sa", "Bùi", "Đinh", "Nguyễn", "Phạm", "Lường", "Quàng"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Đức", "Thu", "Ngọc", "Minh"};
    private static final String[] GIVEN = {"Hoa", "Sơn", "Lan", "Mai", "Tùng", "Hương", "Bình", "Thư", "Dũng", "Nguyệt", "Khánh", "Yến"};

    private ReportFixtures() { }

    public static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    public static Campaign campaign() {
        List<Campaign.Title> individual = List.of(
                new Campaign.Title("LDTT", "Lao động tiên tiến", "", List.of(), false),
                new Campaign.Title("CSTDCS", "Chiến sĩ thi đua cơ sở", "", List.of("LDTT"), false));
        List<Campaign.Title> collective = List.of(
                new Campaign.Title("TTLDTT", "Tập thể lao động tiên tiến", "", List.of(), true),
                new Campaign.Title("TTLDXS", "Tập thể lao động xuất sắc", "", List.of(), true));
        List<Campaign.CommendationForm> forms = List.of(new Campaign.CommendationForm("GK_HT", "Giấy khen của Hiệu trưởng"),
                new Campaign.CommendationForm("GK_SO", "Giấy khen của Giám đốc Sở GD&ĐT"));
        List<Campaign.Target> targets = List.of(
                new Campaign.Target("pass-rate", "Tỉ lệ học sinh đạt yêu cầu (%)", TargetType.PERCENT, true),
                new Campaign.Target("good-lessons", "Số tiết dạy tốt", TargetType.NUMBER, true),
                new Campaign.Target("research", "Sáng kiến dự kiến", TargetType.TEXT, false),
                new Campaign.Target("ethics", "Cam kết đạo đức nhà giáo", TargetType.YES_NO, true));
        Campaign.Deadlines deadlines = new Campaign.Deadlines(LocalDate.of(2023, 9, 15), LocalDate.of(2023, 10, 10),
                LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 20), List.of(LocalDate.of(2023, 12, 15)));
        return new Campaign("campaign-2023-2024.yml", SCHOOL, "2023-2024", ZONE, deadlines, individual, collective, forms, targets,
                scoreSheet(), true, List.of());
    }

    /** Two sections (I: 20, II: 40), one bonus capped at 10, one penalty, four bands. */
    public static ScoreSheet scoreSheet() {
        Section one = new Section("I", "Phẩm chất chính trị, đạo đức, lối sống", n("20"),
                List.of(new Criterion("I.1", "Đạo đức nhà giáo", "", n("10"), false, Kind.CRITERION, "I"),
                        new Criterion("I.2", "Đoàn kết", "", n("10"), false, Kind.CRITERION, "I")));
        Section two = new Section("II", "Thực hiện nhiệm vụ chuyên môn", n("40"),
                List.of(new Criterion("II.1", "Hồ sơ chuyên môn", "", n("20"), true, Kind.CRITERION, "II"),
                        new Criterion("II.2", "Giờ dạy", "", n("20"), false, Kind.CRITERION, "II")));
        List<Criterion> bonus = List.of(new Criterion("B1", "Giáo viên dạy giỏi", "", n("10"), true, Kind.BONUS, null));
        List<Criterion> penalties = List.of(new Criterion("P1", "Nghỉ không phép", "", n("9"), false, Kind.PENALTY, null));
        List<Band> bands = List.of(new Band(n("54"), "A", "Xuất sắc"), new Band(n("45"), "B", "Tốt"),
                new Band(n("30"), "C", "Hoàn thành"), new Band(n("0"), "D", "Không hoàn thành"));
        return new ScoreSheet(List.of(one, two), bonus, n("10"), penalties, bands);
    }

    public record School(List<StaffView> staff, List<RegistrationSummary> registrations,
                         List<CollectiveRegistrationSummary> collectives, List<NominationSummary> nominations) { }

    public static String name(int i) {
        String base = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 3) % GIVEN.length];
        return i < FAMILY.length * MIDDLE.length * GIVEN.length ? base : base + " " + (i / 720 + 1);
    }

    public static String teamOf(int i) {
        return TEAMS.get(i % TEAMS.size());
    }

    /** Person i: 0 is the principal, 1..7 lead team i, 8 is the secretary; everyone else teaches. */
    public static Set<Role> rolesOf(int i) {
        if (i == 0) {
            return EnumSet.of(Role.PRINCIPAL, Role.COUNCIL);
        }
        if (i < TEAMS.size()) {
            return EnumSet.of(Role.TEACHER, Role.TEAM_LEADER);
        }
        if (i == TEAMS.size()) {
            return EnumSet.of(Role.TEACHER, Role.SECRETARY, Role.ADMIN);
        }
        return EnumSet.of(Role.TEACHER);
    }

    /** Everyone sends except: i % 10 == 8 is still drafting, i % 10 == 9 has not started. */
    public static RegistrationStatus statusOf(int i) {
        return i % 10 == 9 ? null : i % 10 == 8 ? RegistrationStatus.DRAFT : RegistrationStatus.SUBMITTED;
    }

    /** Every fifth person aims for CSTĐCS, with an initiative; a third register no form. */
    public static String titleOf(int i) {
        return i % 5 == 0 ? "CSTDCS" : "LDTT";
    }

    public static String formOf(int i) {
        return i % 3 == 0 ? null : i % 3 == 1 ? "GK_HT" : "GK_SO";
    }

    public static School school(int people) {
        Campaign c = campaign();
        List<StaffView> staff = new ArrayList<>();
        List<RegistrationSummary> regs = new ArrayList<>();
        List<NominationSummary> nominations = new ArrayList<>();
        Instant sent = LocalDate.of(2023, 9, 12).atTime(9, 30).atZone(ZONE).toInstant();
        for (int i = 0; i < people; i++) {
            long id = 1000 + i;
            staff.add(new StaffView(id, name(i), String.format("+8491%07d", i), teamOf(i), rolesOf(i), true, Optional.empty()));
            RegistrationStatus status = statusOf(i);
            if (status == null) {
                continue;
            }
            String title = titleOf(i);
            String form = formOf(i);
            boolean initiative = title.equals("CSTDCS");
            List<RegistrationSummary.TargetAnswer> answers = List.of(
                    new RegistrationSummary.TargetAnswer("pass-rate", "Tỉ lệ học sinh đạt yêu cầu (%)", TargetType.PERCENT, true, true,
                            String.valueOf(80 + i % 20) + ".5"),
                    new RegistrationSummary.TargetAnswer("good-lessons", "Số tiết dạy tốt", TargetType.NUMBER, true, true, String.valueOf(2 + i % 4)),
                    new RegistrationSummary.TargetAnswer("research", "Sáng kiến dự kiến", TargetType.TEXT, false, true,
                            initiative ? "Ứng dụng bản đồ tư duy trong dạy học" : null),
                    new RegistrationSummary.TargetAnswer("ethics", "Cam kết đạo đức nhà giáo", TargetType.YES_NO, true, true, "yes"));
            boolean submitted = status == RegistrationStatus.SUBMITTED;
            regs.add(new RegistrationSummary(5000 + i, id, name(i), teamOf(i), "2023-2024", title,
                    c.individualTitle(title).orElseThrow().name(), form != null || i % 3 == 0, form,
                    form == null ? null : c.form(form).orElseThrow().name(), initiative,
                    initiative ? "Ứng dụng bản đồ tư duy trong dạy học môn Ngữ văn lớp " + (6 + i % 7) : null,
                    initiative ? "Ngữ văn" : null, answers, status, submitted ? sent : null,
                    submitted ? LocalDate.of(2023, 9, 12) : null, false, null));
            if (i % 4 == 1) {
                nominations.add(nomination(i, id, staff.get(staff.size() - 1)));
            }
        }
        List<CollectiveRegistrationSummary> collectives = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            boolean done = t < TEAMS.size() - 1;
            String title = t % 2 == 0 ? "TTLDXS" : "TTLDTT";
            collectives.add(new CollectiveRegistrationSummary(7000 + t, TEAMS.get(t), "2023-2024", title,
                    c.collectiveTitle(title).orElseThrow().name(), true, "GK_SO", "Giấy khen của Giám đốc Sở GD&ĐT",
                    1000 + t, name(t), done ? RegistrationStatus.SUBMITTED : RegistrationStatus.DRAFT,
                    done ? sent : null, done ? LocalDate.of(2023, 9, 12) : null));
        }
        return new School(staff, regs, collectives, nominations);
    }

    /** {@code count} nominations of the school's people (for the benchmark: one per person). */
    public static List<NominationSummary> nominations(School school, int count) {
        List<NominationSummary> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StaffView who = school.staff().get(i % school.staff().size());
            out.add(nomination(i, who.staffId(), who));
        }
        return out;
    }

    /** Every second nomination is introduced by the principal; the others wait for the council. */
    static NominationSummary nomination(int i, long nominee, StaffView who) {
        Instant at = LocalDate.of(2023, 11, 2).atTime(8, 0).atZone(ZONE).toInstant();
        boolean introduced = i % 8 == 1;
        List<NominationSummary.Decision> history = introduced
                ? List.of(new NominationSummary.Decision(NominationStatus.SUBMITTED, NominationStatus.TEAM_CONFIRMED, 1001L, name(1), at, null),
                        new NominationSummary.Decision(NominationStatus.TEAM_CONFIRMED, NominationStatus.COUNCIL_PASSED, 1008L, name(8),
                                at.plusSeconds(86_400), null),
                        new NominationSummary.Decision(NominationStatus.COUNCIL_PASSED, NominationStatus.INTRODUCED, 1000L, name(0),
                                at.plusSeconds(3 * 86_400), null))
                : List.of(new NominationSummary.Decision(NominationStatus.SUBMITTED, NominationStatus.TEAM_CONFIRMED, null, null, at,
                        "skip:nominator-leads-team"));
        return new NominationSummary(9000 + i, "2023-2024", new Quarter(2023, 4), LocalDate.of(2023, 12, 15), NomineeKind.STAFF,
                nominee, who.fullName(), who.teamName(), i % 3 == 0 ? NominationCategory.GOOD_DEED : NominationCategory.EXEMPLAR,
                "Nhiệt tình giúp đỡ học sinh nội trú vượt khó, đạt giải Nhì học sinh giỏi cấp tỉnh môn Ngữ văn.",
                1000 + (i + 1) % 8, name((i + 1) % 8), teamOf((i + 1) % 8),
                introduced ? NominationStatus.INTRODUCED : NominationStatus.TEAM_CONFIRMED, 1, at.minusSeconds(3600), history);
    }

    public record Scores(List<AssessmentSummary> assessments, Map<Long, List<ItemScore>> items, Map<Long, List<Adjustment>> adjustments) { }

    /** i % 10 == 9 has not started, 8 is drafting, 6 and 7 wait for the principal, the rest are approved. */
    public static AssessmentStatus assessmentOf(int i) {
        return switch (i % 10) {
            case 9 -> null;
            case 8 -> AssessmentStatus.DRAFT;
            case 6, 7 -> AssessmentStatus.REVIEWED;
            default -> AssessmentStatus.APPROVED;
        };
    }

    /** Self: I = 17, II = 18 + (10 + i % 10), bonus 6, penalty 3 when i % 7 == 0; the council takes 2 off II.2 when i % 4 == 0. */
    public static BigDecimal selfTotal(int i) {
        return n(String.valueOf(17 + 28 + i % 10 + 6 - (i % 7 == 0 ? 3 : 0)));
    }

    public static boolean adjusted(int i) {
        AssessmentStatus st = assessmentOf(i);
        return i % 4 == 0 && (st == AssessmentStatus.APPROVED || st == AssessmentStatus.REVIEWED);
    }

    public static Scores scores(School school) {
        ScoreSheet sheet = scoreSheet();
        List<AssessmentSummary> all = new ArrayList<>();
        Map<Long, List<ItemScore>> items = new HashMap<>();
        Map<Long, List<Adjustment>> adjustments = new HashMap<>();
        Instant at = LocalDate.of(2024, 5, 10).atTime(10, 0).atZone(ZONE).toInstant();
        for (int i = 0; i < school.staff().size(); i++) {
            AssessmentStatus st = assessmentOf(i);
            if (st == null) {
                continue;
            }
            StaffView p = school.staff().get(i);
            long id = 20_000 + i;
            boolean reviewed = st == AssessmentStatus.APPROVED || st == AssessmentStatus.REVIEWED;
            boolean adjusted = adjusted(i);
            BigDecimal ii2 = n(String.valueOf(10 + i % 10));
            BigDecimal ii2Council = adjusted ? ii2.subtract(n("2")) : ii2;
            BigDecimal p1 = i % 7 == 0 ? n("3") : n("0");
            items.put(id, List.of(
                    item("I.1", Kind.CRITERION, "I", "9", "9", null),
                    item("I.2", Kind.CRITERION, "I", "8", "8", null),
                    item("II.1", Kind.CRITERION, "II", "18", "18", null),
                    new ItemScore("II.2", "Giờ dạy", Kind.CRITERION, "II", n("20"), false, ii2, ii2, null, ii2Council,
                            adjusted ? "Chưa đủ minh chứng dự giờ" : null, 0),
                    item("B1", Kind.BONUS, null, "6", "6", null),
                    new ItemScore("P1", "Nghỉ không phép", Kind.PENALTY, null, n("9"), false, p1, p1, null, p1, null, 0)));
            BigDecimal self = selfTotal(i);
            BigDecimal council = adjusted ? self.subtract(n("2")) : self;
            BigDecimal fin = st == AssessmentStatus.APPROVED ? council : null;
            ScoreSheet.Band band = sheet.bandFor(reviewed ? council : self);
            if (adjusted) {
                adjustments.put(id, List.of(new Adjustment("II.2", "Giờ dạy", Stage.COUNCIL, ii2, ii2Council, "Chưa đủ minh chứng dự giờ",
                        1008L, name(8))));
            }
            all.add(new AssessmentSummary(id, p.staffId(), p.fullName(), p.teamName(), "2023-2024", st, self,
                    reviewed ? self : null, reviewed ? council : null, fin, band.code(), band.name(), adjusted ? 1 : 0, at,
                    fin == null ? null : at.plusSeconds(86_400), at));
        }
        return new Scores(all, items, adjustments);
    }

    private static ItemScore item(String code, Kind kind, String section, String self, String council, String reason) {
        return new ItemScore(code, code, kind, section, n("20"), false, n(self), n(self), null, n(council), reason, 0);
    }
}
