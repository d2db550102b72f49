package vn.thiduabot.report;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The bot's message files, for a renderer used without the application, and a school's numbers to draw. */
final class ChartFixtures {

    private ChartFixtures() { }

    static ProgressChartRenderer renderer() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("vi"));
        return new ProgressChartRenderer((locale, key, args) -> source.getMessage(key, args, locale));
    }

    /** A school in May: five teams, most registered, self-assessments at every status, some approved. */
    static ProgressChart may() {
        return new ProgressChart("2023-2024", "27/05/2024", List.of(
                new ProgressChart.Team("Tổ Toán - Tin", 9, 10, 1, 2, 0, 3, 4),
                new ProgressChart.Team("Tổ Ngữ văn", 8, 8, 0, 1, 1, 2, 4),
                new ProgressChart.Team("Tổ Khoa học tự nhiên", 11, 12, 2, 3, 0, 1, 5),
                new ProgressChart.Team("Tổ Văn phòng", 4, 6, 1, 0, 0, 0, 3),
                new ProgressChart.Team(null, 0, 1, 0, 0, 0, 0, 0)),
                List.of(new ProgressChart.Band("Hoàn thành xuất sắc nhiệm vụ", 5), new ProgressChart.Band("Hoàn thành tốt nhiệm vụ", 8),
                        new ProgressChart.Band("Hoàn thành nhiệm vụ", 3), new ProgressChart.Band("Không hoàn thành nhiệm vụ", 0)));
    }

    /** The same school in November: registrations only, nothing approved. */
    static ProgressChart november() {
        return new ProgressChart("2023-2024", "20/11/2023", List.of(
                new ProgressChart.Team("Tổ Toán - Tin", 1, 4, 0, 0, 0, 0, 0),
                new ProgressChart.Team("Tổ Văn phòng", 1, 1, 0, 0, 0, 0, 0)),
                List.of(new ProgressChart.Band("Hoàn thành xuất sắc nhiệm vụ", 0)));
    }
}
