package vn.thiduabot.console;

import vn.thiduabot.chat.Texts;

/** The few words the console itself prints, from the message files like everything else. */
class ConsoleLabels {

    private final Texts texts;
    private final java.util.Locale locale;

    ConsoleLabels(Texts texts, java.util.Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    String otherChat(long chatId) {
        return texts.get(locale, "console.other-chat", String.valueOf(chatId));
    }

    String contactHint(String label) {
        return texts.get(locale, "console.contact-hint", label);
    }

    String get(String key, Object... args) {
        return texts.get(locale, key, args);
    }
}
