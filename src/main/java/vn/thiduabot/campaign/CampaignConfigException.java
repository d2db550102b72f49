package vn.thiduabot.campaign;

import java.util.List;

/** A campaign file the bot cannot run with; the message lists every problem with file, line and key. */
public class CampaignConfigException extends RuntimeException {

    private final List<String> problems;

    public CampaignConfigException(List<String> problems) {
        super("The campaign configuration has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
