package vn.thiduabot.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.thiduabot.chat.Incoming;

/** Telegram's Update to the transport-neutral {@link Incoming}; empty for the kinds the bot ignores. */
final class UpdateMapper {

    private UpdateMapper() {
    }

    static Optional<Incoming> map(Update update) {
        long updateId = update.getUpdateId();
        if (update.hasMessage()) {
            return fromMessage(updateId, update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return fromCallback(updateId, update.getCallbackQuery());
        }
        // edited_message, channel_post, my_chat_member, chat_member, inline_query, poll ...: nothing to do
        return Optional.empty();
    }

    /** For logs: which kind of update this is, without any of its content. */
    static String kindOf(Update u) {
        if (u.hasMessage()) return "message";
        if (u.hasCallbackQuery()) return "callback_query";
        if (u.hasEditedMessage()) return "edited_message";
        if (u.hasChannelPost() || u.hasEditedChannelPost()) return "channel_post";
        if (u.hasMyChatMember()) return "my_chat_member";
        if (u.hasChatMember()) return "chat_member";
        if (u.hasInlineQuery()) return "inline_query";
        return "other";
    }

    private static Optional<Incoming> fromMessage(long updateId, Message m) {
        User from = m.getFrom();
        Chat chat = m.getChat();
        if (from == null || chat == null) {
            return Optional.empty(); // e.g. a message on behalf of a channel: nobody to answer
        }
        boolean privateChat = "private".equals(chat.getType());
        Incoming.Kind kind;
        String text = null;
        Incoming.Contact contact = null;
        Incoming.Attachment attachment = null;
        if (m.hasText()) {
            kind = Incoming.Kind.TEXT;
            text = m.getText();
        } else if (m.hasContact()) {
            kind = Incoming.Kind.CONTACT;
            Contact c = m.getContact();
            contact = new Incoming.Contact(c.getPhoneNumber(), c.getUserId(), c.getFirstName(), c.getLastName());
        } else if (m.hasDocument()) {
            kind = Incoming.Kind.DOCUMENT;
            Document d = m.getDocument();
            attachment = new Incoming.Attachment(d.getFileId(), d.getFileName(), d.getMimeType(),
                    d.getFileSize() == null ? 0 : d.getFileSize());
            text = m.getCaption();
        } else if (m.hasPhoto()) {
            kind = Incoming.Kind.PHOTO;
            PhotoSize p = largest(m.getPhoto());
            attachment = new Incoming.Attachment(p.getFileId(), null, "image/jpeg", p.getFileSize() == null ? 0 : p.getFileSize());
            text = m.getCaption();
        } else {
            kind = Incoming.Kind.OTHER; // sticker, voice, location, poll, service message ...
        }
        return Optional.of(new Incoming(updateId, chat.getId(), from.getId(), privateChat, from.getUserName(),
                from.getFirstName(), from.getLastName(), kind, text, contact, attachment, null));
    }

    private static Optional<Incoming> fromCallback(long updateId, CallbackQuery q) {
        User from = q.getFrom();
        if (from == null) {
            return Optional.empty();
        }
        MaybeInaccessibleMessage message = q.getMessage();
        // A button under an inline-mode message has no message; the bot sends none, so treat it as the user's own chat.
        long chatId = message == null || message.getChatId() == null ? from.getId() : message.getChatId();
        boolean privateChat = message == null || message.getChat() == null || "private".equals(message.getChat().getType());
        Integer messageId = message == null ? null : message.getMessageId();
        return Optional.of(new Incoming(updateId, chatId, from.getId(), privateChat, from.getUserName(),
                from.getFirstName(), from.getLastName(), Incoming.Kind.CALLBACK, null, null, null,
                new Incoming.Callback(q.getId(), q.getData(), messageId)));
    }

    /** Telegram sends every size of a photo, smallest first; the evidence is the largest. */
    private static PhotoSize largest(List<PhotoSize> sizes) {
        return sizes.stream()
                .max(Comparator.comparingLong((PhotoSize p) -> p.getFileSize() == null ? 0 : p.getFileSize())
                        .thenComparingLong(p -> (long) nz(p.getWidth()) * nz(p.getHeight())))
                .orElseThrow();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
