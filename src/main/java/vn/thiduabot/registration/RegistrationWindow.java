package vn.thiduabot.registration;

import java.time.LocalDate;
import vn.thiduabot.campaign.Campaign;

/**
 * When a registration may be changed. Deadlines are whole days in the school's time zone: on the
 * deadline day itself registration is still open, from the next day it is closed, except for a
 * registration the secretary reopened, which stays open until its owner sends it again.
 */
public final class RegistrationWindow {

    private RegistrationWindow() {
    }

    public static boolean open(Campaign campaign, LocalDate today) {
        return campaign.deadlines().registrationOpen(today);
    }

    /** May this person's registration (null if they have none yet) be filled in or edited today? */
    public static boolean editable(Campaign campaign, LocalDate today, Registration registration) {
        return open(campaign, today) || (registration != null && registration.reopenGranted());
    }

    /** Collective registrations follow the deadline only. */
    public static boolean collectiveEditable(Campaign campaign, LocalDate today) {
        return open(campaign, today);
    }
}
