package vn.thiduabot.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.chat.FreeText;

/**
 * The questions of a team's registration, in its order: collective title, form of commendation, then (when the
 * campaign file lists registration.team-targets) each team target and the team's short plan. A team target is
 * checked by the individual target's rule ({@link RegistrationForm#checkTarget}); the plan is free text of at most
 * {@link #MAX_PLAN} characters. A campaign without team targets asks the title and the form only, as before.
 */
public final class TeamRegistrationForm {

    public static final String TITLE = "title";
    public static final String FORM = "form";
    public static final String TEAM_TARGET = "team-target:";
    public static final String PLAN = "plan";
    public static final int MAX_PLAN = FreeText.ANSWER.max();

    private TeamRegistrationForm() {
    }

    public static String target(String code) {
        return TEAM_TARGET + code;
    }

    /** The team target a field asks, if it is one of this campaign's. */
    public static Optional<Campaign.Target> target(Campaign c, String field) {
        return field != null && field.startsWith(TEAM_TARGET) ? c.teamTarget(field.substring(TEAM_TARGET.length())) : Optional.empty();
    }

    /** A question answered by typing (a team target, the plan), as opposed to a choice of title or form. */
    public static boolean typed(Campaign c, String field) {
        return target(c, field).isPresent() || (PLAN.equals(field) && asksPlan(c));
    }

    /** The plan is asked with the team targets: a campaign without them keeps the title-and-form registration. */
    public static boolean asksPlan(Campaign c) {
        return !c.teamTargets().isEmpty();
    }

    /** The rule of a typed question: the value to store, or the refusal that explains why not (null = skip). */
    public static TargetInput.Result check(Campaign c, String field, String raw) {
        if (PLAN.equals(field) && asksPlan(c)) {
            return TargetInput.text(raw == null ? "" : raw.strip(), MAX_PLAN);
        }
        return target(c, field).map(t -> RegistrationForm.checkTarget(t, raw))
                .orElseGet(() -> new TargetInput.Refused("registration.input.choice"));
    }

    /** The first question still without an answer; empty when the registration is complete and may be sent. */
    public static Optional<String> firstUnanswered(CollectiveRegistration t, Campaign c) {
        if (t == null || t.titleCode() == null || c.collectiveTitle(t.titleCode()).isEmpty()) {
            return Optional.of(TITLE);
        }
        if (!t.formAnswered() || (t.formCode() != null && c.form(t.formCode()).isEmpty())) {
            return Optional.of(FORM);
        }
        for (Campaign.Target target : c.teamTargets()) {
            Optional<CollectiveRegistrationAnswer> a = t.answerFor(target.code());
            if (a.isEmpty() || (target.required() && a.get().value() == null)) {
                return Optional.of(target(target.code()));
            }
        }
        if (asksPlan(c) && t.plan() == null) {
            return Optional.of(PLAN);
        }
        return Optional.empty();
    }

    /**
     * The question after {@code field} in the form's order (the leader walks them all when editing, each showing
     * its saved answer to keep or change); empty after the last one.
     */
    public static Optional<String> next(String field, Campaign c) {
        List<String> order = new ArrayList<>();
        order.add(TITLE);
        order.add(FORM);
        c.teamTargets().forEach(t -> order.add(target(t.code())));
        if (asksPlan(c)) {
            order.add(PLAN);
        }
        int i = order.indexOf(field);
        return i < 0 || i + 1 >= order.size() ? Optional.empty() : Optional.of(order.get(i + 1));
    }
}
