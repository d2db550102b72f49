package vn.thiduabot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /app/}: the Mini App's one page. Telegram's {@code telegram-web-app.js} is loaded as Telegram
 * documents (from telegram.org, before the app's own script); its address is a setting so tests load a stub
 * and the console demo, opened in a desktop browser without Telegram, loads none.
 */
@RestController
@org.springframework.context.annotation.Conditional(MiniAppEnabled.class)
class MiniAppPage {

    private final String html;

    MiniAppPage(WebSettings settings) {
        String script = settings.telegramScript().isBlank() ? ""
                : "<script src=\"" + HtmlUtils.htmlEscape(settings.telegramScript()) + "\"></script>";
        this.html = template().replace("<!--telegram-web-app-->", script);
    }

    @GetMapping({"/app/", "/app/index.html"})
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(html);
    }

    private static String template() {
        try (InputStream in = MiniAppPage.class.getClassLoader().getResourceAsStream("web/index.html")) {
            if (in == null) {
                throw new IllegalStateException("web/index.html is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
