package vn.thiduabot.campaign;

import java.time.LocalDate;
import vn.thiduabot.campaign.Campaign.Deadlines;
import vn.thiduabot.campaign.Campaign.Pledge;

/**
 * Reads the optional {@code pledge:} section (the emulation pledge, giao ước thi đua): its {@code text} and the day
 * it {@code opens} for signing. No section means the bot offers no pledge that year. The pledge is signed before it
 * goes to the Department, so it must open on or before {@code deadlines.department-submission}. Problems are
 * reported with file, line and key.
 */
final class PledgeSection {

    /** Room for the card's header and signatures in one Telegram message (4,096 characters). */
    static final int MAX_TEXT = 3000;

    private PledgeSection() {
    }

    static Pledge parse(YamlDoc doc, Deadlines deadlines) {
        if (!doc.present()) {
            return null;
        }
        if (!doc.section()) {
            doc.error("must be a section with the keys text and opens");
            return null;
        }
        YamlDoc textDoc = doc.get("text");
        String text = textDoc.text();
        if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
            textDoc.error("must be the pledge's wording, 1 to " + MAX_TEXT + " characters");
            text = null;
        }
        YamlDoc opensDoc = doc.get("opens");
        LocalDate opens = opensDoc.date();
        LocalDate due = deadlines == null ? null : deadlines.departmentSubmission();
        if (opens != null && due != null && opens.isAfter(due)) {
            opensDoc.error("is after department-submission (" + due + "): the signed pledge goes to the Department by then");
            opens = null;
        }
        return text == null || opens == null ? null : new Pledge(text, opens);
    }
}
