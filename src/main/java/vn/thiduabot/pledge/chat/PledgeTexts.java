package vn.thiduabot.pledge.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Messenger;
import vn.thiduabot.pledge.PledgeParty;
import vn.thiduabot.people.Person;

/** How the pledge's parties and signing times read: the team's name or the school, at HH:mm dd/MM/yyyy. */
final class PledgeTexts {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private PledgeTexts() {
    }

    static String at(Instant instant, ZoneId zone) {
        return AT.format(instant.atZone(zone));
    }

    static String party(ChatSession s, PledgeParty p) {
        return p.isSchool() ? s.text("pledge.party.school") : s.text("pledge.party.team", p.teamName());
    }

    static String party(Messenger m, Person to, PledgeParty p) {
        return p.isSchool() ? m.text(to.locale(), "pledge.party.school") : m.text(to.locale(), "pledge.party.team", p.teamName());
    }
}
