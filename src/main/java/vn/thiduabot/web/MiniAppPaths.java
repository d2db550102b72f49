package vn.thiduabot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server answers the Mini App's page and API only (and the webhook's path in webhook mode): anything
 * else, Actuator's health details included, is 404 for whoever reaches the public address. Every answer
 * carries headers that keep the page where Telegram shows it: its own scripts and Telegram's only, no framing
 * but by Telegram's web clients, no sniffing, no referrer; API answers are personal and never cached.
 */
final class MiniAppPaths extends OncePerRequestFilter {

    private final String telegramScript;
    private final String webhookPath;
    private final String contentSecurity;

    MiniAppPaths(WebSettings settings, Environment env) {
        String script = settings.telegramScript();
        this.telegramScript = script.startsWith("/") ? script : null;
        this.webhookPath = "webhook".equals(env.getProperty("thidua.telegram.mode"))
                ? env.getProperty("thidua.telegram.webhook.path", "/telegram/webhook") : null;
        String scriptOrigin = script.startsWith("https://") ? " " + script.substring(0, script.indexOf('/', 8)) : "";
        this.contentSecurity = "default-src 'self'; script-src 'self'" + scriptOrigin + "; style-src 'self'; img-src 'self' data: blob:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'self' https://web.telegram.org https://*.telegram.org";
    }

    /** The most a JSON request body may hold. */
    static final long MAX_JSON_BYTES = 64 * 1024;

    private static boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        return length > MAX_JSON_BYTES || length < 0 && chunked;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.equals(webhookPath)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith(WebConfig.API);
        if (!api && !path.startsWith(WebConfig.PAGE) && !path.equals(telegramScript)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (api && tooLarge(request)) {
            // A JSON body is a few hundred bytes; a large one (or one of unknown length) is refused before anyone reads
            // it, so a body built to exhaust memory never reaches the JSON parser. Files come as multipart, whose
            // limits are spring.servlet.multipart.*.
            response.setStatus(413);
            return;
        }
        response.setHeader("Content-Security-Policy", contentSecurity);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (api) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
