package vn.thiduabot.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.GroupedStackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.KeyToGroupMap;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.report.ProgressChart.Series;

/**
 * Draws the digest's chart (JFreeChart, headless): per team, one stacked bar for registration (registered /
 * not yet) and one beside it for the self-assessments by status; below, once anything is approved, the
 * approved scores per rating band. Every label is a message key in the reader's
 * language; team and band names are the school's own. A PNG of {@link #WIDTH}x{@link #HEIGHT}, legible on a phone.
 */
@Component
public class ProgressChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    static final int TEAMS_HEIGHT = 330;

    /** A drawn chart: the PNG and its size in pixels. */
    public record ChartImage(byte[] png, int width, int height) { }

    /** Resolves a message key in a language (the bot's {@link Texts}, or a bundle in tests and benchmarks). */
    public interface Labels {
        String text(Locale locale, String key, Object... args);
    }

    static {
        headless();
    }

    private final Labels labels;

    @Autowired
    ProgressChartRenderer(Texts texts) {
        this(texts::get);
    }

    public ProgressChartRenderer(Labels labels) {
        this.labels = labels;
    }

    /**
     * Charts are drawn off screen: the bot may run on a server with no display. Spring Boot sets this too at
     * start-up; it is set here as well for a renderer used without the application (tests, benchmarks).
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * The charts drawn as one PNG: the teams' bars filling it, or, once anything is approved, the teams' bars above
     * ({@link #TEAMS_HEIGHT} pixels) and the rating bands below, as horizontal bars so their long names stay legible.
     */
    public ChartImage draw(ProgressChart data, Locale locale) {
        Charts charts = charts(data, locale);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            if (charts.bands() == null) {
                charts.teams().draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
            } else {
                charts.teams().draw(g, new Rectangle(0, 0, WIDTH, TEAMS_HEIGHT));
                charts.bands().draw(g, new Rectangle(0, TEAMS_HEIGHT, WIDTH, HEIGHT - TEAMS_HEIGHT));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChartImage(out.toByteArray(), WIDTH, HEIGHT);
    }

    /** What is drawn: the per-team chart, and the per-band chart or null before anything is approved. */
    public record Charts(JFreeChart teams, JFreeChart bands) {

        /** The per-team data set: rows are {@link Series}, columns the teams. */
        public CategoryDataset teamData() {
            return teams.getCategoryPlot().getDataset();
        }

        /** The per-band data set (one row, columns the bands, highest first), or null when there is none. */
        public CategoryDataset bandData() {
            return bands == null ? null : bands.getCategoryPlot().getDataset();
        }
    }

    /** The charts before drawing, e.g. to read the numbers they draw. */
    public Charts charts(ProgressChart data, Locale locale) {
        JFreeChart teams = new JFreeChart(labels.text(locale, "chart.digest.title", data.schoolYear(), data.date()),
                ChartFont.of(Font.BOLD, 17f), teamsPlot(data, locale), true);
        teams.addSubtitle(new TextTitle(labels.text(locale, "chart.digest.subtitle"), ChartFont.of(Font.PLAIN, 12f)));
        ChartStyle.finish(teams);
        teams.getLegend().setPosition(RectangleEdge.BOTTOM);
        if (!data.showsBands()) {
            return new Charts(teams, null);
        }
        JFreeChart bands = new JFreeChart(labels.text(locale, "chart.axis.bands"), ChartFont.of(Font.BOLD, 13f),
                bandsPlot(data), false);
        ChartStyle.finish(bands);
        return new Charts(teams, bands);
    }

    private CategoryPlot teamsPlot(ProgressChart data, Locale locale) {
        DefaultCategoryDataset set = new DefaultCategoryDataset();
        String noTeam = labels.text(locale, "chart.no-team");
        for (ProgressChart.Team t : data.teams()) {
            for (Series s : Series.values()) {
                set.addValue(t.value(s), s, t.name() == null ? noTeam : t.name());
            }
        }
        KeyToGroupMap groups = new KeyToGroupMap("registration");
        for (Series s : Series.values()) {
            groups.mapKeyToGroup(s, s.registration() ? "registration" : "self");
        }
        GroupedStackedBarRenderer bars = new GroupedStackedBarRenderer();
        bars.setSeriesToGroupMap(groups);
        bars.setItemMargin(0.06);
        bars.setMaximumBarWidth(0.09); // a school of two teams still gets bars, not slabs
        ChartStyle.bars(bars, (dataset, row) -> labels.text(locale, ((Series) dataset.getRowKey(row)).messageKey()));
        for (Series s : Series.values()) {
            bars.setSeriesPaint(s.ordinal(), ChartStyle.COLORS.get(s));
        }
        CategoryAxis teams = new CategoryAxis(null);
        teams.setCategoryMargin(0.25);
        teams.setMaximumCategoryLabelLines(3);
        return new CategoryPlot(set, teams, ChartStyle.peopleAxis(labels.text(locale, "chart.axis.people")), bars);
    }

    private CategoryPlot bandsPlot(ProgressChart data) {
        DefaultCategoryDataset set = new DefaultCategoryDataset();
        data.bands().forEach(b -> set.addValue(b.approved(), Series.APPROVED, b.name()));
        BarRenderer bars = new BarRenderer();
        ChartStyle.bars(bars, null);
        bars.setSeriesPaint(0, ChartStyle.COLORS.get(Series.APPROVED));
        bars.setMaximumBarWidth(0.16);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis bands = new CategoryAxis(null);
        bands.setMaximumCategoryLabelWidthRatio(0.4f);
        CategoryPlot plot = new CategoryPlot(set, bands, ChartStyle.peopleAxis(null), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        return plot;
    }
}
