package vn.thiduabot.support;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.TestContextAnnotationUtils;
import vn.thiduabot.campaign.Campaigns;

/**
 * Before each {@link BotTest} class: the shared application's tables are emptied, its campaign files put
 * back if a class before changed them, and its clock put back (at the class's {@link ClockAt}, or on the
 * system's time), so the class starts as it would on an application of its own.
 */
public final class BotTestListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // after dependency injection's listeners have had the context loaded; before the class's own @BeforeAll
        return 5_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBean(SchemaReset.class).all();
        String source = context.getEnvironment().getProperty(BotTestInitializer.CAMPAIGN_SOURCE);
        if (source != null && BotTestInitializer.copyCampaigns(Path.of(source),
                Path.of(context.getEnvironment().getRequiredProperty("thidua.campaign-dir")))) {
            context.getBean(Campaigns.class).reload(); // a class before changed its campaign file
        }
        MutableClock clock = context.getBean(MutableClock.class);
        ClockAt at = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), ClockAt.class);
        if (at == null) {
            clock.followSystem();
        } else {
            clock.set(Instant.parse(at.value()));
        }
    }
}
