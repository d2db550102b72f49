package vn.thiduabot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** What a feature's web side may ask of the request the Mini App's foundation has checked. */
public final class WebRequests {

    private WebRequests() {
    }

    /** The viewer's language (stored setting, else the Telegram app's, else Vietnamese), for a refusal's text. */
    public static Locale locale(HttpServletRequest request) {
        return ViewerResolver.locale(request);
    }
}
