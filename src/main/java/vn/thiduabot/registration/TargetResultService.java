package vn.thiduabot.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.chat.Texts;

/**
 * The year-end results of a person's registered targets: entered only by the person (the caller's own staff id),
 * only in the self-assessment window, each parsed by the SAME {@link TargetInput} rule as its target; read by
 * every screen that shows target → result.
 */
@Service
public class TargetResultService {

    private final RegistrationRepository registrations;
    private final Campaigns campaigns;
    private final Clock clock;

    TargetResultService(RegistrationRepository registrations, Campaigns campaigns, Clock clock) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The registered (answered) targets of this person, in the campaign's order, with results and verdicts. */
    @Transactional(readOnly = true)
    public List<TargetResult> results(long staffId, Campaign c) {
        return registrations.findByStaffIdAndSchoolYear(staffId, c.schoolYear()).map(r -> of(c, r)).orElse(List.of());
    }

    /**
     * The required registered targets this person has not met (a result below the target, or none entered),
     * by name; text targets have no verdict and never count.
     */
    @Transactional(readOnly = true)
    public List<String> requiredUnmet(long staffId, Campaign c) {
        return results(staffId, c).stream()
                .filter(r -> r.required() && (r.verdict() == TargetOutcome.Verdict.NOT_MET || r.verdict() == TargetOutcome.Verdict.PENDING))
                .map(TargetResult::name)
                .toList();
    }

    /** The comparison for a registration already loaded (the caller is inside a transaction). */
    public static List<TargetResult> of(Campaign c, Registration r) {
        List<TargetResult> out = new ArrayList<>();
        for (Campaign.Target t : c.targets()) {
            Optional<RegistrationAnswer> a = r.answerFor(t.code());
            if (a.isEmpty() || a.get().value() == null) {
                continue;
            }
            String result = a.get().result();
            out.add(new TargetResult(t.code(), t.name(), t.type(), t.required(), a.get().value(), result,
                    TargetOutcome.met(t.type(), a.get().value(), result)));
        }
        return out;
    }

    /** Is the results window (the self-assessment window) open today? */
    public boolean open(Campaign c) {
        return c.deadlines().selfAssessmentOpen(campaigns.today());
    }

    /** The polite refusal outside the window, naming its dates. */
    public RegistrationRefused closed(Campaign c) {
        return new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "results.window-closed",
                Texts.date(c.deadlines().selfAssessmentOpens()), Texts.date(c.deadlines().selfAssessmentCloses()));
    }

    /**
     * Saves the result of one of the caller's own registered targets. Refused (nothing saved): outside the window,
     * no registration or the target not registered, a value the target's rule refuses (its own sentence).
     */
    @Transactional(noRollbackFor = RegistrationRefused.class)
    public TargetResult record(long staffId, Campaign c, String targetCode, String raw) {
        if (!open(c)) {
            throw closed(c);
        }
        Registration r = registrations.findByStaffIdAndSchoolYear(staffId, c.schoolYear())
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "results.nothing-registered"));
        Campaign.Target t = c.target(targetCode).orElse(null);
        Optional<RegistrationAnswer> a = r.answerFor(targetCode);
        if (t == null || a.isEmpty() || a.get().value() == null) {
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, targetCode, "results.not-registered");
        }
        TargetInput.Result parsed = TargetInput.parse(t.type(), raw);
        if (parsed instanceof TargetInput.Refused no) {
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, targetCode, no.key(), no.args());
        }
        r.recordResult(targetCode, ((TargetInput.Ok) parsed).value(), clock.instant());
        registrations.save(r);
        return of(c, r).stream().filter(x -> x.code().equals(targetCode)).findFirst().orElseThrow();
    }
}
