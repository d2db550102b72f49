package vn.thiduabot.registration;

import vn.thiduabot.campaign.Campaign;

/** A title's or a form's name from its code in the campaign file; the code itself when the file no longer has it. */
public final class CampaignNames {

    private CampaignNames() {
    }

    public static String titleName(Campaign c, String code) {
        return c.individualTitle(code).or(() -> c.collectiveTitle(code)).map(Campaign.Title::name).orElse(code);
    }

    public static String formName(Campaign c, String code) {
        return c.form(code).map(Campaign.CommendationForm::name).orElse(code);
    }
}
