package vn.thiduabot.registration.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.registration.OwnRegistrationService;
import vn.thiduabot.registration.Registration;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.registration.RegistrationService;
import vn.thiduabot.web.MiniAppEnabled;

/**
 * What each request of the registration page does, in one transaction with the JSON it answers (the answers are
 * read lazily): always the viewer's own registration for the current campaign. Every check and every save is
 * {@link OwnRegistrationService}'s, the chat's too.
 */
@Component
@Conditional(MiniAppEnabled.class)
class RegistrationPage {

    private final Campaigns campaigns;
    private final RegistrationService registrations;
    private final OwnRegistrationService own;
    private final RegistrationJsonFactory json;

    RegistrationPage(Campaigns campaigns, RegistrationService registrations, OwnRegistrationService own, RegistrationJsonFactory json) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.own = own;
        this.json = json;
    }

    /** The registration, or the empty form /dangky would start; after the deadline only one that exists, read-only. */
    @Transactional(readOnly = true, noRollbackFor = RegistrationRefused.class)
    RegistrationJson show(Person viewer, Locale locale) {
        Campaign c = campaigns.current();
        Registration r = registrations.find(viewer.staffId(), c.schoolYear()).orElse(null);
        if (r == null && !own.editable(c, null)) {
            throw own.deadlinePassed(c);
        }
        return json.of(c, r, viewer, locale);
    }

    @Transactional(noRollbackFor = RegistrationRefused.class)
    RegistrationJson save(Person viewer, Map<String, String> answers, Locale locale) {
        Campaign c = campaigns.current();
        return json.of(c, own.answer(viewer.staffId(), c, answers), viewer, locale);
    }

    @Transactional(noRollbackFor = RegistrationRefused.class)
    RegistrationJson submit(Person viewer, Locale locale) {
        Campaign c = campaigns.current();
        return json.of(c, own.submit(viewer.staffId(), c), viewer, locale);
    }

    @Transactional(noRollbackFor = RegistrationRefused.class)
    RegistrationJson edit(Person viewer, Locale locale) {
        Campaign c = campaigns.current();
        return json.of(c, own.edit(viewer.staffId(), c), viewer, locale);
    }
}
