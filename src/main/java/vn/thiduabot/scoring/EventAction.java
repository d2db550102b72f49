package vn.thiduabot.scoring;

import java.util.Locale;

/** What happened in a transition; shown in the history. */
public enum EventAction {
    START, SUBMIT, RESUBMIT, TEAM_REVIEW, RETURN, PASS, APPROVE, PRINCIPAL_RETURN, REOPEN;

    public String messageKey() {
        return "scoring.action." + name().toLowerCase(Locale.ROOT);
    }
}
