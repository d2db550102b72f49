package vn.thiduabot.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduabot.people.Person;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRequests;

/**
 * The viewer's own registration on the Mini App: the same form as /dangky, on one page. There is no id in any
 * path and none is read from a body: the registration is always the stored viewer's, for the current campaign,
 * so a page can reach no one else's.
 */
@RestController
@Conditional(MiniAppEnabled.class)
@RequestMapping("/api/app/registration")
class RegistrationController {

    private final RegistrationPage page;

    RegistrationController(RegistrationPage page) {
        this.page = page;
    }

    @GetMapping
    RegistrationJson get(Person viewer, HttpServletRequest request) {
        return page.show(viewer, WebRequests.locale(request));
    }

    /**
     * Saves some answers to the draft as the teacher types: {@code {"answers": {"title": "LDTT", "target:pass-rate": "85,5"}}};
     * a null value is "no form" or "skip this optional target". One refused answer and nothing is saved.
     */
    @PutMapping
    RegistrationJson save(Person viewer, @RequestBody Answers body, HttpServletRequest request) {
        Map<String, String> answers = body == null || body.answers() == null ? Map.of() : body.answers();
        return page.save(viewer, answers, WebRequests.locale(request));
    }

    /** Sends the complete draft, as the chat's "send" button. */
    @PostMapping("/submit")
    RegistrationJson submit(Person viewer, HttpServletRequest request) {
        return page.submit(viewer, WebRequests.locale(request));
    }

    /** Takes back the sent registration to change it, as the chat's "edit" button (until the deadline). */
    @PostMapping("/edit")
    RegistrationJson edit(Person viewer, HttpServletRequest request) {
        return page.edit(viewer, WebRequests.locale(request));
    }

    /** What the page sends: answers by field ({@code title}, {@code form}, {@code initiative}, ..., {@code target:<code>}). */
    record Answers(LinkedHashMap<String, String> answers) { }
}
