package vn.thiduabot.support;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Telegram side of a page in the {@link Browser}: what the page asked of Telegram's script (in tests its stub,
 * {@code src/test/resources/static/test/telegram-web-app.js}, which records it) and the buttons Telegram draws outside
 * the page. Get it with {@code browser.telegram()}.
 */
public final class TelegramStub {

    private final Browser browser;

    TelegramStub(Browser browser) {
        this.browser = browser;
    }

    /** The page called Telegram.WebApp.close(). */
    public boolean closed() {
        return Boolean.TRUE.equals(browser.script("return window.__telegramClosed === true;"));
    }

    /** The messages the page showed with showAlert, in order. */
    public List<String> alerts() {
        return strings("__telegramAlerts");
    }

    /** The questions the page asked with showConfirm, in order; {@link #answerConfirms(boolean)} sets the answer. */
    public List<String> confirms() {
        return strings("__telegramConfirms");
    }

    /** How the user answers the page's next showConfirm questions (the stub answers OK until told otherwise). */
    public TelegramStub answerConfirms(boolean ok) {
        browser.script("window.__telegramConfirm = arguments[0];", ok);
        return this;
    }

    /** The text the page has put on Telegram's main button, or null while the button is hidden. */
    public String mainButtonText() {
        return (String) browser.script("var b = Telegram.WebApp.MainButton; return b.isVisible ? b.text : null;");
    }

    /** Taps Telegram's main button (drawn by Telegram under the page); fails if the page has not shown it. */
    public TelegramStub pressMainButton() {
        return press("MainButton", "mainButtonClicked");
    }

    /** Taps Telegram's back button in the header; fails if the page has not shown it. */
    public TelegramStub pressBackButton() {
        return press("BackButton", "backButtonClicked");
    }

    private TelegramStub press(String button, String event) {
        if (!Boolean.TRUE.equals(browser.script("return Telegram.WebApp." + button + ".isVisible;"))) {
            fail("The page has not shown Telegram's " + button);
        }
        browser.script("window.__telegramEmit(arguments[0]);", event);
        return this;
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String recorded) {
        return List.copyOf((List<String>) browser.script("return window." + recorded + " || [];"));
    }
}
