package vn.thiduabot.scoring;

import java.math.BigDecimal;
import java.util.List;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Band;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.campaign.ScoreSheet.Kind;
import vn.thiduabot.campaign.ScoreSheet.Section;

/** A small score sheet for unit tests: two sections (30 points), two bonus items capped at 6, one penalty. */
final class Sheets {

    private Sheets() {
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    static Criterion criterion(String code, String max, boolean evidence, String section) {
        return new Criterion(code, "Tiêu chí " + code, "Mô tả " + code, n(max), evidence, Kind.CRITERION, section);
    }

    static ScoreSheet small() {
        Section one = new Section("I", "Phẩm chất", n("20"), List.of(criterion("I.1", "10", false, "I"), criterion("I.2", "10", false, "I")));
        Section two = new Section("II", "Chuyên môn", n("10"), List.of(criterion("II.1", "10", true, "II")));
        List<Criterion> bonus = List.of(
                new Criterion("B1", "Giáo viên dạy giỏi", "", n("5"), true, Kind.BONUS, null),
                new Criterion("B2", "Học sinh đạt giải", "", n("5"), false, Kind.BONUS, null));
        List<Criterion> penalties = List.of(new Criterion("P1", "Nghỉ không phép", "", n("9"), false, Kind.PENALTY, null));
        List<Band> bands = List.of(new Band(n("27"), "A", "Xuất sắc"), new Band(n("22.5"), "B", "Tốt"),
                new Band(n("15"), "C", "Hoàn thành"), new Band(n("0"), "D", "Không hoàn thành"));
        return new ScoreSheet(List.of(one, two), bonus, n("6"), penalties, bands);
    }
}
