package vn.thiduabot.campaign;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up with a wrong campaign file ends with the list of problems, not a stack trace. */
class CampaignConfigFailureAnalyzer extends AbstractFailureAnalyzer<CampaignConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, CampaignConfigException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the campaign file(s) named above (config/campaign-YYYY-YYYY.yml) and start the bot again.", cause);
    }
}
