package vn.thiduabot.staff.chat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.CommandMenus;
import vn.thiduabot.staff.AccountMoved;
import vn.thiduabot.staff.LanguageChanged;
import vn.thiduabot.staff.RolesChanged;
import vn.thiduabot.staff.StaffDeactivated;
import vn.thiduabot.staff.StaffLinked;
import vn.thiduabot.staff.StaffService;

/**
 * Every change to who someone is in the bot asks for their chat's "/" menu to be sent again, in the
 * transaction of the change (so the request commits with it, or not at all). A deactivated person's chat, or an
 * account that lost its link, gets no person's menu any more: the sender then removes the chat's own menu.
 */
@Component
class CommandMenuRefreshes {

    private final CommandMenus menus;
    private final StaffService staff;

    CommandMenuRefreshes(CommandMenus menus, StaffService staff) {
        this.menus = menus;
        this.staff = staff;
    }

    @EventListener
    void on(StaffLinked e) {
        menus.refresh(e.chatId(), e.telegramUserId());
    }

    @EventListener
    void on(AccountMoved e) {
        if (e.oldChatId() != null) {
            menus.refresh(e.oldChatId(), e.oldUserId());
        }
    }

    @EventListener
    void on(RolesChanged e) {
        refreshChatOf(e.staffId());
    }

    @EventListener
    void on(StaffDeactivated e) {
        refreshChatOf(e.staffId());
    }

    @EventListener
    void on(LanguageChanged e) {
        refreshChatOf(e.staffId());
    }

    /** Whoever is linked: someone not linked has no chat, and so no menu of their own. */
    private void refreshChatOf(long staffId) {
        staff.member(staffId)
                .filter(m -> m.getTelegramChatId() != null && m.getTelegramUserId() != null)
                .ifPresent(m -> menus.refresh(m.getTelegramChatId(), m.getTelegramUserId()));
    }
}
