package vn.thiduabot.notification;

/** The transport's side of delivery: Telegram's sendMessage, or the console. */
public interface MessageGateway {

    SendResult send(OutgoingMessage message);
}
