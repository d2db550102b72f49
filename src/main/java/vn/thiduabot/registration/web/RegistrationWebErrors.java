package vn.thiduabot.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.registration.RegistrationRefused;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRequests;

/**
 * The registration's refusals on the Mini App, with the chat's own sentence: 409 when the window or the
 * registration's state stands in the way (the deadline, already sent), 422 for an answer its question's rule
 * refuses, naming the field (and every refused field, each with its sentence) so the page shows it under that field.
 */
@RestControllerAdvice(basePackageClasses = RegistrationWebErrors.class)
@Conditional(MiniAppEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationWebErrors {

    private final Texts texts;

    RegistrationWebErrors(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(RegistrationRefused.class)
    ResponseEntity<Problem> refused(RegistrationRefused r, HttpServletRequest request) {
        Locale locale = WebRequests.locale(request);
        int status = r.kind() == RegistrationRefused.Kind.INVALID ? 422 : 409;
        Map<String, String> fields = new LinkedHashMap<>();
        r.fields().forEach((field, refused) -> fields.put(field, texts.get(locale, refused.key(), refused.args())));
        String message = texts.get(locale, r.key(), r.args());
        if (r.field() != null) {
            fields.putIfAbsent(r.field(), message);
        }
        return ResponseEntity.status(status).body(new Problem(status, r.key(), message, r.field(), fields));
    }

    /** The foundation's error body ({@code status, key, message}) with the refused field(s). */
    record Problem(int status, String key, String message, String field, Map<String, String> fields) { }
}
