package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thiduabot.campaign.Campaign.TargetType;
import vn.thiduabot.registration.TargetOutcome;
import vn.thiduabot.registration.TargetResult;
import vn.thiduabot.staff.StaffView;

/**
 * The whole school's score table, opened again with POI: the sheet "Chỉ tiêu" lists each person's registered
 * targets beside the result and the verdict, at the rule's exact boundary (85 against 85 is met, 84,9 is not).
 */
class ScoreTargetsSheetTest {

    static final String RATE = "Tỉ lệ học sinh đạt yêu cầu trở lên ở môn giảng dạy (%)";
    static final String LESSONS = "Số tiết dạy tốt, thao giảng, chuyên đề trong năm";
    static final String ETHICS = "Cam kết không vi phạm đạo đức nhà giáo";

    final ReportFixtures.School school = ReportFixtures.school(3);
    final ReportFixtures.Scores scores = ReportFixtures.scores(school);

    static TargetResult result(String name, TargetType type, String target, String result) {
        return new TargetResult(name, name, type, true, target, result, TargetOutcome.met(type, target, result));
    }

    @Test
    void each_registered_target_reads_target_result_and_met_or_not_at_the_exact_boundary() throws Exception {
        List<StaffView> staff = school.staff();
        StaffView first = staff.get(0);
        StaffView second = staff.get(1);
        Map<Long, List<TargetResult>> targets = Map.of(
                first.staffId(), List.of(result(RATE, TargetType.PERCENT, "85", "85"), result(ETHICS, TargetType.YES_NO, "yes", "yes")),
                second.staffId(), List.of(result(RATE, TargetType.PERCENT, "85", "84.9"), result(LESSONS, TargetType.NUMBER, "3", null)));
        ReportFile f = ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON, null, staff,
                scores.assessments(), scores.items(), scores.adjustments(), null, targets), ReportLabels.vietnamese());
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).containsExactly("Bảng điểm", "Điều chỉnh", "Xếp loại theo tổ", "Chỉ tiêu");
            Sheet s = wb.getSheet("Chỉ tiêu");
            assertThat(Xlsx.texts(s, Xlsx.headerRow(s)))
                    .containsExactly("STT", "Họ và tên", "Tổ", "Chỉ tiêu", "Đăng ký", "Kết quả", "Đánh giá");
            List<List<String>> rows = Xlsx.rowsUnderHeader(s);
            List<List<String>> body = rows.stream().filter(r -> r.size() > 6 && !r.get(3).isEmpty()).toList();
            assertThat(body).hasSize(4);
            List<List<String>> hers = body.stream().filter(r -> r.get(1).equals(first.fullName())).map(r -> r.subList(1, 7)).toList();
            assertThat(hers).containsExactly(List.of(first.fullName(), first.teamName(), RATE, "85%", "85%", "Đạt"),
                    List.of(first.fullName(), first.teamName(), ETHICS, "Có", "Có", "Đạt"));
            List<List<String>> his = body.stream().filter(r -> r.get(1).equals(second.fullName())).map(r -> r.subList(1, 7)).toList();
            assertThat(his).containsExactly(List.of(second.fullName(), second.teamName(), RATE, "85%", "84,9%", "Chưa đạt"),
                    List.of(second.fullName(), second.teamName(), LESSONS, "3", "—", "Chưa nhập kết quả"));
        }
    }

    @Test
    void a_teams_file_and_the_older_callers_have_no_targets_sheet() throws Exception {
        ReportFile f = ScoreWorkbook.build(new ScoreWorkbook.Input(ReportFixtures.campaign(), ReportFixtures.MADE_ON, null,
                school.staff(), scores.assessments(), scores.items(), scores.adjustments()), ReportLabels.vietnamese());
        try (XSSFWorkbook wb = Xlsx.open(f.content())) {
            assertThat(Xlsx.sheetNames(wb)).doesNotContain("Chỉ tiêu");
        }
    }
}
