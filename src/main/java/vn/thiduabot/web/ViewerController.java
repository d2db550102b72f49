package vn.thiduabot.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.people.Person;

/** {@code GET /api/app/me}: who the page is for, in which language, with its texts. */
@RestController
@org.springframework.context.annotation.Conditional(MiniAppEnabled.class)
class ViewerController {

    private final WebTexts texts;

    ViewerController(WebTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/api/app/me")
    Me me(Person viewer) {
        String lang = viewer.locale() == null ? "vi" : viewer.locale().getLanguage();
        return new Me(viewer.fullName(), viewer.teamName(), viewer.roles().stream().map(Enum::name).sorted().toList(),
                "en".equals(lang) ? "en" : "vi", texts.all(viewer.locale() == null ? java.util.Locale.forLanguageTag("vi") : viewer.locale()));
    }

    /** The viewer as the page shows them; roles as their stored names (the page shows the screens they open). */
    record Me(String name, String team, List<String> roles, String language, Map<String, String> texts) { }
}
