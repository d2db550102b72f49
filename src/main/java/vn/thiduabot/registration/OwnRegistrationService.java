package vn.thiduabot.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * A person's own registration as any front end changes it (the chat's /dangky, the Mini App's page): the
 * window, the registration's state and each answer's rule are checked here, once, and a change that breaks one
 * is refused ({@link RegistrationRefused}, with the chat's sentence) before anything is saved.
 */
@Service
public class OwnRegistrationService {

    private final RegistrationService registrations;
    private final Campaigns campaigns;
    private final StaffDirectory staff;

    OwnRegistrationService(RegistrationService registrations, Campaigns campaigns, StaffDirectory staff) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.staff = staff;
    }

    /** May this registration (null: none yet) be filled in or changed today? */
    public boolean editable(Campaign c, Registration r) {
        return RegistrationWindow.editable(c, campaigns.today(), r);
    }

    /** The deadline has passed: when it was, and which secretaries to ask (the chat's and the page's sentence). */
    public RegistrationRefused deadlinePassed(Campaign c) {
        List<String> secretaries = staff.withRole(Role.SECRETARY).stream().map(StaffView::fullName).toList();
        String deadline = Texts.date(c.deadlines().registration());
        return secretaries.isEmpty()
                ? new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "registration.deadline-passed.no-secretary", c.schoolYear(), deadline)
                : new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "registration.deadline-passed", c.schoolYear(), deadline,
                        String.join(", ", secretaries));
    }

    /**
     * Saves answers to the person's draft (created at the first answer): any subset of the form's fields,
     * saved in the form's order. Every answer is checked by its question's rule first; if one is refused,
     * nothing is saved.
     */
    @Transactional(noRollbackFor = RegistrationRefused.class)
    public Registration answer(long staffId, Campaign c, Map<String, String> answers) {
        Registration r = registrations.find(staffId, c.schoolYear()).orElse(null);
        requireDraft(c, r);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, TargetInput.Refused> refused = new LinkedHashMap<>();
        for (String field : inFormOrder(c, answers)) {
            TargetInput.Result result = RegistrationForm.check(c, field, answers.get(field));
            if (result instanceof TargetInput.Ok ok) {
                values.put(field, ok.value());
            } else {
                refused.put(field, (TargetInput.Refused) result);
            }
        }
        initiativeFirst(r, values, refused);
        if (!refused.isEmpty()) {
            Map.Entry<String, TargetInput.Refused> first = refused.entrySet().iterator().next();
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, first.getKey(), refused, first.getValue().key(),
                    first.getValue().args());
        }
        if (values.isEmpty()) {
            return r;
        }
        Registration draft = r == null ? registrations.draftFor(staffId, c.schoolYear()) : r;
        for (Map.Entry<String, String> v : values.entrySet()) {
            draft = registrations.apply(draft, v.getKey(), v.getValue());
        }
        return draft;
    }

    /** Sends the person's complete draft, as the chat's "send" button does. */
    @Transactional(noRollbackFor = RegistrationRefused.class)
    public Registration submit(long staffId, Campaign c) {
        Registration r = registrations.find(staffId, c.schoolYear()).orElse(null);
        requireDraft(c, r);
        Optional<String> missing = RegistrationForm.firstUnanswered(r, c);
        if (missing.isPresent()) {
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, missing.get(), "registration.submit.incomplete");
        }
        return registrations.submit(r);
    }

    /** A team leader whose team has not sent its collective registration yet: the team, to remind them once they sent their own. */
    @Transactional(readOnly = true)
    public Optional<String> teamToRegister(Person u, Campaign c) {
        if (!u.has(Role.TEAM_LEADER) || u.teamName() == null) {
            return Optional.empty();
        }
        boolean sent = registrations.findCollective(u.teamName(), c.schoolYear()).filter(t -> t.status() == RegistrationStatus.SUBMITTED).isPresent();
        return sent ? Optional.empty() : Optional.of(u.teamName());
    }

    /** Takes back a sent registration to change it (a draft again until sent again); a draft stays as it is. */
    @Transactional(noRollbackFor = RegistrationRefused.class)
    public Registration edit(long staffId, Campaign c) {
        Registration r = registrations.find(staffId, c.schoolYear()).orElse(null);
        if (!editable(c, r)) {
            throw deadlinePassed(c);
        }
        if (r == null || r.status() != RegistrationStatus.SUBMITTED) {
            return r;
        }
        return registrations.edit(r);
    }

    /** The initiative's title and subject are asked only of someone who plans one, as in the chat. */
    private static void initiativeFirst(Registration r, Map<String, String> values, Map<String, TargetInput.Refused> refused) {
        boolean planned = values.containsKey(RegistrationForm.INITIATIVE)
                ? TargetInput.YES.equals(values.get(RegistrationForm.INITIATIVE))
                : r != null && Boolean.TRUE.equals(r.hasInitiative());
        if (planned) {
            return;
        }
        for (String field : List.of(RegistrationForm.INITIATIVE_TITLE, RegistrationForm.INITIATIVE_SUBJECT)) {
            if (values.containsKey(field)) {
                values.remove(field);
                refused.put(field, new TargetInput.Refused("registration.input.initiative-first"));
            }
        }
    }

    private void requireDraft(Campaign c, Registration r) {
        if (!editable(c, r)) {
            throw deadlinePassed(c);
        }
        if (r != null && r.status() == RegistrationStatus.SUBMITTED) {
            throw new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "registration.already-submitted");
        }
    }

    /** The given fields in the form's order (so "no initiative" is saved before, not after, its title); unknown ones last. */
    private static List<String> inFormOrder(Campaign c, Map<String, String> answers) {
        List<String> order = new ArrayList<>(List.of(RegistrationForm.TITLE, RegistrationForm.FORM, RegistrationForm.INITIATIVE,
                RegistrationForm.INITIATIVE_TITLE, RegistrationForm.INITIATIVE_SUBJECT));
        c.targets().forEach(t -> order.add(RegistrationForm.target(t.code())));
        List<String> given = new ArrayList<>(order.stream().filter(answers::containsKey).toList());
        answers.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(given::add);
        return given;
    }
}
