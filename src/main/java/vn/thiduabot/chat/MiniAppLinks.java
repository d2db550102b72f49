package vn.thiduabot.chat;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * Where the Mini App is (the web page for the long forms, opened from a web_app button), so that the chat
 * can offer it next to its own path. {@value #PUBLIC_URL} is the HTTPS address of the bot's web server behind
 * the reverse proxy; blank (the default) means no Mini App: nothing in chat changes. The console demo, which
 * serves the page on this machine, gives its local address with {@link #useLocalAddress}; a public address
 * wins when both are set. Links are {@code <base>/app/?screen=<screen>} (and {@code &id=<id>}).
 */
@Component
public class MiniAppLinks {

    public static final String PUBLIC_URL = "thidua.web.public-url";

    /** The Mini App's screens a link can open. */
    public static final String HOME = "home";
    public static final String ASSESSMENT = "assessment";
    public static final String REGISTRATION = "registration";
    public static final String REVIEW = "review";
    private static final Set<String> SCREENS = Set.of(HOME, ASSESSMENT, REGISTRATION, REVIEW);

    /** The label of the button that opens a form in the Mini App. */
    static final String OPEN_KEY = "miniapp.open";

    private final String publicBase;
    private volatile String localBase;

    public MiniAppLinks(@Value("${" + PUBLIC_URL + ":}") String publicUrl) {
        problem(publicUrl).ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        this.publicBase = publicUrl == null || publicUrl.isBlank() ? null : withoutTrailingSlash(publicUrl.trim());
    }

    /**
     * What is wrong with {@value #PUBLIC_URL}, in one sentence naming the key (the start-up check refuses to
     * start with it); empty if it is blank or an absolute https:// address.
     */
    public static Optional<String> problem(PropertyResolver env) {
        return problem(env.getProperty(PUBLIC_URL, ""));
    }

    static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(raw.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(PUBLIC_URL + " must be the absolute https:// address of the bot's web server behind the reverse proxy"
                    + " (Telegram opens Mini Apps only over HTTPS), e.g. https://thiduabot.school.edu.vn, or blank for chat only; was: "
                    + raw.trim());
        }
        return Optional.empty();
    }

    /** True if the chat offers the Mini App: a public address is set, or the console serves it locally. */
    public boolean enabled() {
        return base() != null;
    }

    /** The link to a screen of the Mini App; only when {@link #enabled()}. */
    public String url(String screen) {
        checked(screen);
        String base = base();
        if (base == null) {
            throw new IllegalStateException("no Mini App address: " + PUBLIC_URL + " is blank and no local address was given");
        }
        return base + "/app/?screen=" + screen;
    }

    /** The link to one record (an assessment, a registration) on a screen of the Mini App. */
    public String url(String screen, long id) {
        return url(screen) + "&id=" + id;
    }

    /**
     * The address of a web server on this machine (the console demo's, e.g. http://127.0.0.1:8080), so that
     * the links work without a public address; a public address, if set, is still used instead.
     */
    public void useLocalAddress(String base) {
        URI uri = URI.create(base.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) address: " + base);
        }
        localBase = withoutTrailingSlash(base.trim());
    }

    /**
     * Adds, in a row of its own, the button that opens this screen of the Mini App, when it is enabled;
     * otherwise adds nothing. For {@code reply.with(...)}.
     */
    public Consumer<Reply> openButton(String screen) {
        checked(screen);
        return r -> {
            if (enabled()) {
                r.row().webApp(OPEN_KEY, url(screen)).row();
            }
        };
    }

    /** The same, opening one record on the screen. */
    public Consumer<Reply> openButton(String screen, long id) {
        checked(screen);
        return r -> {
            if (enabled()) {
                r.row().webApp(OPEN_KEY, url(screen, id)).row();
            }
        };
    }

    private static void checked(String screen) {
        if (!SCREENS.contains(screen)) {
            throw new IllegalArgumentException("no Mini App screen " + screen + "; screens: " + SCREENS);
        }
    }

    private String base() {
        return publicBase != null ? publicBase : localBase;
    }

    private static String withoutTrailingSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
