package vn.thiduabot.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategorySeriesLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import vn.thiduabot.report.ProgressChart.Series;

/** How the charts look: colours, fonts ({@link ChartFont}), flat bars with their numbers, whole-number axes. */
final class ChartStyle {

    /** One colour per series: registration green and grey, the statuses from warm (in progress) to blue (approved). */
    static final Map<Series, Color> COLORS = Map.of(
            Series.REGISTERED, new Color(0x2E7D32), Series.NOT_REGISTERED, new Color(0xBDBDBD),
            Series.DRAFT, new Color(0xFFCA28), Series.SUBMITTED, new Color(0x64B5F6), Series.RETURNED, new Color(0xE57373),
            Series.REVIEWED, new Color(0x7E57C2), Series.APPROVED, new Color(0x1565C0));

    private ChartStyle() { }

    static NumberAxis peopleAxis(String label) {
        NumberAxis people = new NumberAxis(label);
        people.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        people.setUpperMargin(0.08);
        return people;
    }

    /** The theme's fonts and colours; the series' colours are set again after it, as the theme clears them. */
    static void finish(JFreeChart chart) {
        CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
        Paint[] paints = new Paint[chart.getCategoryPlot().getDataset().getRowCount()];
        for (int i = 0; i < paints.length; i++) {
            paints[i] = renderer.getSeriesPaint(i);
        }
        theme().apply(chart);
        for (int i = 0; i < paints.length; i++) {
            renderer.setSeriesPaint(i, paints[i]);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }

    /** Flat bars with their numbers on them; {@code legend} names the series (null: not in a legend). */
    static void bars(BarRenderer bars, CategorySeriesLabelGenerator legend) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        if (legend != null) {
            bars.setLegendItemLabelGenerator(legend);
        }
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("thidua");
        theme.setExtraLargeFont(ChartFont.of(Font.BOLD, 17f));
        theme.setLargeFont(ChartFont.of(Font.BOLD, 13f));
        theme.setRegularFont(ChartFont.of(Font.PLAIN, 12f));
        theme.setSmallFont(ChartFont.of(Font.PLAIN, 11f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
