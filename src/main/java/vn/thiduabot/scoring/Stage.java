package vn.thiduabot.scoring;

import java.util.Locale;

/** Who reviews: the team leader (the "team" column, when the campaign asks for it) or the council. */
public enum Stage {
    TEAM, COUNCIL;

    public String messageKey() {
        return "scoring.stage." + name().toLowerCase(Locale.ROOT);
    }
}
