package vn.thiduabot.reminder;

import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The weekly digest on demand, about the current campaign: the secretary and admins get all of it; the
 * principal (unless also secretary or admin) gets what waits for their decision. The digest is still
 * composed here, in the reader's language, as the Monday job sends it.
 */
@Service
public class DigestService {

    private final Digest digest;
    private final Campaigns campaigns;

    DigestService(Digest digest, Campaigns campaigns) {
        this.digest = digest;
        this.campaigns = campaigns;
    }

    /** The digest for this reader now, as its messages in order (the secretary's with its chart). */
    public DigestPost now(Person reader, Locale locale) {
        Digest.Facts facts = digest.facts(campaigns.current());
        return reader.has(Role.SECRETARY) || reader.has(Role.ADMIN)
                ? digest.fullPost(locale, facts)
                : DigestPost.texts(digest.forPrincipal(locale, facts, true));
    }
}
