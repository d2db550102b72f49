package vn.thiduabot.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.ScoreSheet;

/**
 * The first .xlsx a JVM writes takes about two seconds more than the next ones (POI loads its
 * XML schemas); building a small file in the background once the bot is up keeps that wait away
 * from the first secretary who presses /xuat. Likewise the first chart (JFreeChart, Java2D and the fonts load:
 * about 300 ms against 50 ms for the next ones, target/bench/chart.txt) is drawn once here, off the digest's
 * transaction. {@code thidua.reports.warm-up=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "thidua.reports.warm-up", havingValue = "true", matchIfMissing = true)
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ProgressChartRenderer charts;

    ReportWarmUp(ProgressChartRenderer charts) {
        this.charts = charts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Campaign c = new Campaign("warm-up", "-", "2000-2001", ZoneId.of("UTC"),
                        new Campaign.Deadlines(LocalDate.EPOCH, LocalDate.EPOCH, LocalDate.EPOCH, LocalDate.EPOCH, List.of()),
                        List.of(), List.of(), List.of(), List.of(),
                        new ScoreSheet(List.of(), List.of(), java.math.BigDecimal.ZERO, List.of(), List.of()), false, List.of());
                ExemplarWorkbook.build(new ExemplarWorkbook.Input(c, new vn.thiduabot.nomination.Quarter(2000, 4), LocalDate.EPOCH,
                        List.of()), ReportLabels.vietnamese());
                charts.draw(new ProgressChart("2000-2001", "-", List.of(new ProgressChart.Team("-", 1, 1, 0, 0, 0, 0, 1)),
                        List.of(new ProgressChart.Band("-", 1))), ReportLabels.LANGUAGE);
                log.debug("Report writer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
                log.warn("Report writer warm-up failed (the first file will just be slower): {}", e.toString());
            }
        }, "report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
