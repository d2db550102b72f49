package vn.thiduabot.reminder.chat;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.reminder.DigestPost;
import vn.thiduabot.reminder.DigestService;

/**
 * /tonghop (/summary): the weekly digest now. The secretary and admins get all of it; the principal
 * (unless also secretary or admin) gets what waits for their decision. The secretary's digest carries
 * its chart, as the Monday one does ({@link DigestPost}).
 */
@Component
@Order(400)
class DigestDialog implements Command {

    private final DigestService digest;

    DigestDialog(DigestService digest) {
        this.digest = digest;
    }

    @Override
    public List<String> names() {
        return List.of("tonghop", "summary");
    }

    @Override
    public String descriptionKey() {
        return "command.summary";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void run(ChatSession s, String args) {
        Person u = s.requireUser();
        for (DigestPost.Part part : digest.now(u, s.locale()).parts()) {
            Reply reply = s.literal(part.text());
            if (part.photo() != null) {
                reply.attachNewPhoto(part.photo().fileName(), part.photo().png());
            }
            reply.send();
        }
    }
}
