package vn.thiduabot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.thiduabot.chat.Texts;

/**
 * Every refused or failed API request answers JSON ({@link WebProblem}) with a polite sentence in the viewer's
 * language: the page shows it as it is. A malformed request is the page's or an attacker's mistake, not a
 * fault: it is answered 400 without a stack trace in the log. Only a real fault (500) is logged, once.
 * Features' own advice (their domain's refusals) comes first; this is the last word.
 */
@RestControllerAdvice
@org.springframework.context.annotation.Conditional(MiniAppEnabled.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    private final Texts texts;

    WebErrors(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(WebRefusal.class)
    ResponseEntity<WebProblem> refused(WebRefusal e, HttpServletRequest request) {
        return problem(e.status(), request, e.key(), e.args());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, HttpMediaTypeNotSupportedException.class, MultipartException.class})
    ResponseEntity<WebProblem> malformed(Exception e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(413, request, "web.error.too-large");
        }
        return problem(400, request, "web.error.bad-request");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<WebProblem> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(405, request, "web.error.bad-request");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<WebProblem> missing(NoResourceFoundException e, HttpServletRequest request) {
        return problem(404, request, "web.error.not-found");
    }

    /**
     * The same form saved at the same moment from the chat and the page (or two tabs), or a database busy past its
     * wait: the losing request changed nothing and may simply be sent again.
     */
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            org.springframework.dao.DataIntegrityViolationException.class})
    ResponseEntity<WebProblem> concurrent(Exception e, HttpServletRequest request) {
        log.info("Mini App request {} {} lost a race and changed nothing: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getSimpleName());
        return problem(409, request, "web.error.conflict");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<WebProblem> fault(Exception e, HttpServletRequest request) {
        log.error("Mini App request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(500, request, "web.error.internal");
    }

    ResponseEntity<WebProblem> problem(int status, HttpServletRequest request, String key, Object... args) {
        Locale locale = ViewerResolver.locale(request);
        return ResponseEntity.status(status).body(new WebProblem(status, key, texts.get(locale, key, args)));
    }
}
