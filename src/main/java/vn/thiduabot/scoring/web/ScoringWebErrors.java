package vn.thiduabot.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.scoring.Refused;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebProblem;
import vn.thiduabot.web.WebRequests;

/**
 * The self-assessment's refusals on the Mini App: the same sentence the chat gives (the same key, its arguments
 * rendered the same way by {@link Refused#rendered}), 403 where the person may not do it at all, 409 where the
 * sheet's state or another reviewer's claim stands in the way.
 */
@RestControllerAdvice(basePackageClasses = ScoringWebErrors.class)
@Conditional(MiniAppEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScoringWebErrors {

    /** Keys that say "not you" rather than "not now". */
    static final Set<String> FORBIDDEN = Set.of("scoring.refused.not-owner", "scoring.refused.own", "scoring.refused.not-principal",
            "scoring.refused.own-decision", "decision.own.substitute", "decision.substitute.named", "decision.substitute.missing",
            "scoring.refused.not-team-leader", "scoring.refused.not-council");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Texts texts;
    private final Clock clock;

    ScoringWebErrors(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<WebProblem> refused(Refused r, HttpServletRequest request) {
        Locale locale = WebRequests.locale(request);
        Object[] args = r.rendered(key -> texts.get(locale, key), at -> at == null ? "–" : WHEN.format(at.atZone(clock.getZone())),
                Texts::date);
        int status = FORBIDDEN.contains(r.key()) ? 403 : 409;
        return ResponseEntity.status(status).body(new WebProblem(status, r.key(), texts.get(locale, r.key(), args)));
    }
}
