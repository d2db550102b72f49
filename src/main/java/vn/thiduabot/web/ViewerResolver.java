package vn.thiduabot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.PersonDirectory;

/**
 * Who is asking, for every Mini App API request: the initData in {@code Authorization: tma <initData>} (as
 * Telegram's documentation suggests sending it) must be genuine and fresh ({@link InitDataVerifier}), else
 * 401; the Telegram user must be linked to an active staff member, else 403. The person is then the STORED
 * one, with the stored roles; nothing the page sends about itself is believed. As an interceptor it runs
 * before every handler of {@code /api/app/**}, so an endpoint cannot forget it; a handler takes the
 * result as a {@code Person} parameter.
 */
final class ViewerResolver implements HandlerInterceptor, HandlerMethodArgumentResolver {

    static final String SCHEME = "tma ";
    private static final String VIEWER = ViewerResolver.class.getName() + ".viewer";
    private static final String LOCALE = ViewerResolver.class.getName() + ".locale";

    private final InitDataVerifier verifier;
    private final PersonDirectory people;

    ViewerResolver(InitDataVerifier verifier, PersonDirectory people) {
        this.verifier = verifier;
        this.people = people;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader("Authorization");
        Optional<InitDataVerifier.TelegramUser> user = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? verifier.verify(header.substring(SCHEME.length()).strip())
                : Optional.empty();
        if (user.isEmpty()) {
            throw WebRefusal.unauthorized();
        }
        request.setAttribute(LOCALE, Texts.locale(user.get().languageCode()));
        Person viewer = people.findByTelegramUser(user.get().id())
                .orElseThrow(() -> new WebRefusal(403, "web.error.not-linked"));
        request.setAttribute(VIEWER, viewer);
        request.setAttribute(LOCALE, viewer.locale() == null ? Texts.VIETNAMESE : viewer.locale());
        return true;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Person.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object viewer = request.getAttribute(VIEWER, NativeWebRequest.SCOPE_REQUEST);
        if (viewer == null) {
            throw WebRefusal.unauthorized();
        }
        return viewer;
    }

    /** The viewer's language: their stored setting, else the Telegram app's, else Vietnamese. */
    static Locale locale(HttpServletRequest request) {
        Object locale = request.getAttribute(LOCALE);
        return locale instanceof Locale l ? l : Texts.VIETNAMESE;
    }
}
