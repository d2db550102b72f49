package vn.thiduabot.registration.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.registration.RegistrationStatus;
import vn.thiduabot.registration.RegistrationWindow;

/**
 * The campaign and registration a /dangky flow is about, re-read for every step. Ends the flow (and
 * says why) when the registration can no longer be changed: the deadline passed meanwhile, or it was
 * sent from another screen.
 */
@Component
class RegistrationContext {

    static final String YEAR = "year";

    record Context(Campaign campaign, Registration registration) { }

    private final Campaigns campaigns;
    private final RegistrationService service;
    private final RegistrationTexts texts;

    RegistrationContext(Campaigns campaigns, RegistrationService service, RegistrationTexts texts) {
        this.campaigns = campaigns;
        this.service = service;
        this.texts = texts;
    }

    Optional<Context> of(ChatSession s) {
        Person u = s.requireUser();
        String year = s.draft().get(YEAR);
        Optional<Campaign> campaign = year == null ? Optional.empty() : campaigns.forYear(year);
        if (campaign.isEmpty()) {
            s.endFlow();
            s.reply("registration.flow-lost");
            return Optional.empty();
        }
        Campaign c = campaign.get();
        Registration r = service.find(u.staffId(), c.schoolYear()).orElse(null);
        if (!RegistrationWindow.editable(c, campaigns.today(), r)) {
            s.endFlow();
            texts.deadlinePassed(s, c);
            return Optional.empty();
        }
        if (r != null && r.status() == RegistrationStatus.SUBMITTED) {
            s.endFlow();
            s.reply("registration.already-submitted");
            return Optional.empty();
        }
        return Optional.of(new Context(c, r));
    }
}
