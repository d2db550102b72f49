package vn.thiduabot.web;

/**
 * A request the Mini App's API refuses, with the HTTP status and the message key (and its arguments) of the
 * polite sentence the page shows; {@link WebErrors} renders it in the viewer's language. A feature's web side
 * turns its domain's refusals into this, so the page shows exactly what the chat would say.
 */
public class WebRefusal extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;

    public WebRefusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public static WebRefusal unauthorized() {
        return new WebRefusal(401, "web.error.unauthorized");
    }

    public static WebRefusal notFound() {
        return new WebRefusal(404, "web.error.not-found");
    }
}
