package vn.thiduabot.staff.chat;

import vn.thiduabot.staff.LinkingService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.InputHandler;

/** A stranger typing the invite code the secretary gave them. */
@Component
@Order(20)
class InviteCodeInput implements InputHandler {

    private final LinkingService linking;
    private final LinkGreeting greeting;

    InviteCodeInput(LinkingService linking, LinkGreeting greeting) {
        this.linking = linking;
        this.greeting = greeting;
    }

    @Override
    public boolean handle(ChatSession s) {
        Incoming in = s.incoming();
        if (s.user().isPresent() || in.kind() != Incoming.Kind.TEXT
                || !LinkingService.looksLikeCode(in.text().trim())) {
            return false;
        }
        redeem(s, in.text().trim());
        return true;
    }

    void redeem(ChatSession s, String code) {
        Incoming in = s.incoming();
        linking.redeem(code, in.userId(), in.chatId(), in.username()).ifPresentOrElse(
                member -> greeting.greet(s, member, "link.linked"),
                () -> s.message("link.invite-invalid").askContact("link.share-phone-button").send());
    }
}
