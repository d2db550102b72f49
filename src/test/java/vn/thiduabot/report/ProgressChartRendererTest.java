package vn.thiduabot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import vn.thiduabot.report.ProgressChart.Series;

/** The digest's chart: a PNG of the right size, drawing exactly the numbers it is given, labelled in the reader's language. */
class ProgressChartRendererTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    final ProgressChartRenderer renderer = ChartFixtures.renderer();

    @Test
    void the_chart_is_a_png_of_800_by_500_that_decodes() throws Exception {
        ProgressChartRenderer.ChartImage image = renderer.draw(ChartFixtures.may(), VI);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo(800).isEqualTo(image.width());
        assertThat(png.getHeight()).isEqualTo(500).isEqualTo(image.height());
        assertThat(image.png().length).as("small enough to send as a photo at once").isBetween(5_000, 200_000);
    }

    @Test
    void each_team_bar_holds_the_teams_registrations_and_self_assessments_by_status() {
        ProgressChart data = ChartFixtures.may();
        CategoryDataset teams = renderer.charts(data, VI).teamData();

        assertThat(teams.getColumnKeys()).containsExactly("Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Tổ Văn phòng", "Chưa có tổ");
        assertThat(teams.getRowKeys()).containsExactly((Object[]) Series.values());
        assertThat(count(teams, Series.REGISTERED, "Tổ Toán - Tin")).isEqualTo(9L);
        assertThat(count(teams, Series.NOT_REGISTERED, "Tổ Toán - Tin")).isEqualTo(1L);
        assertThat(count(teams, Series.NOT_REGISTERED, "Tổ Văn phòng")).isEqualTo(2L);
        assertThat(count(teams, Series.APPROVED, "Tổ Khoa học tự nhiên")).isEqualTo(5L);
        assertThat(count(teams, Series.RETURNED, "Tổ Ngữ văn")).isEqualTo(1L);
        for (ProgressChart.Team t : data.teams()) {
            String column = t.name() == null ? "Chưa có tổ" : t.name();
            for (Series s : Series.values()) {
                assertThat(count(teams, s, column)).as(column + " " + s).isEqualTo(t.value(s));
            }
            assertThat(count(teams, Series.REGISTERED, column) + count(teams, Series.NOT_REGISTERED, column))
                    .as("the registration bar is as tall as the team").isEqualTo(t.members());
        }
    }

    @Test
    void in_may_the_approved_scores_are_drawn_by_rating_band_and_before_any_approval_not_at_all() {
        CategoryDataset bands = renderer.charts(ChartFixtures.may(), VI).bandData();
        assertThat(bands.getColumnKeys()).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
        assertThat(List.of(bands.getValue(0, 0).longValue(), bands.getValue(0, 1).longValue(), bands.getValue(0, 2).longValue(),
                bands.getValue(0, 3).longValue()))
                .containsExactly(5L, 8L, 3L, 0L);

        assertThat(renderer.charts(ChartFixtures.november(), VI).bandData()).isNull();
    }

    @Test
    void the_labels_are_in_the_readers_language() {
        JFreeChart vi = renderer.charts(ChartFixtures.may(), VI).teams();
        assertThat(vi.getTitle().getText()).isEqualTo("Tiến độ thi đua năm học 2023-2024 (ngày 27/05/2024)");
        assertThat(legend(vi)).containsExactly("Đã đăng ký", "Chưa đăng ký", "Đang làm", "Đã nộp", "Trả lại", "Đã thẩm định", "Đã phê duyệt");

        JFreeChart en = renderer.charts(ChartFixtures.may(), Locale.ENGLISH).teams();
        assertThat(en.getTitle().getText()).isEqualTo("Emulation progress, school year 2023-2024 (27/05/2024)");
        assertThat(legend(en)).containsExactly("Registered", "Not registered", "In progress", "Submitted", "Returned", "Reviewed", "Approved");
    }

    @Test
    void the_font_shows_vietnamese_team_names() {
        Font title = renderer.charts(ChartFixtures.may(), VI).teams().getTitle().getFont();
        assertThat(title.canDisplayUpTo("Tổ Toán - Tin")).as(title.getFontName()).isEqualTo(-1);
        assertThat(ChartFont.of(Font.PLAIN, 12f).canDisplayUpTo("Tổ Khoa học tự nhiên · Hoàn thành xuất sắc nhiệm vụ")).isEqualTo(-1);
        assertThat(ChartFont.of(Font.PLAIN, 12f).canDisplayUpTo(ChartFont.SAMPLE)).isEqualTo(-1);
    }

    /** A bar segment's height: how many people (the data set holds them as doubles). */
    static long count(CategoryDataset set, Series row, String column) {
        return set.getValue(row, column).longValue();
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
