package vn.thiduabot.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * The year-end results of a team's registered team targets: entered only by the team's current leader (the
 * stored roles and team of the caller), only in the self-assessment window (the same window as a person's own
 * results, {@link TargetResultService#open}), each parsed by the SAME {@link TargetInput} rule as its target and
 * judged by the same {@link TargetOutcome}.
 */
@Service
public class TeamTargetResultService {

    private final CollectiveRegistrationRepository collectives;
    private final TargetResultService own;
    private final Clock clock;

    TeamTargetResultService(CollectiveRegistrationRepository collectives, TargetResultService own, Clock clock) {
        this.collectives = collectives;
        this.own = own;
        this.clock = clock;
    }

    /** The registered (answered) team targets of this team, in the campaign's order, with results and verdicts. */
    @Transactional(readOnly = true)
    public List<TargetResult> results(String teamName, Campaign c) {
        if (teamName == null) {
            return List.of();
        }
        return collectives.findByTeamNameIgnoreCaseAndSchoolYear(teamName, c.schoolYear()).map(t -> of(c, t)).orElse(List.of());
    }

    /** The comparison for a team registration already loaded (the caller is inside a transaction). */
    public static List<TargetResult> of(Campaign c, CollectiveRegistration t) {
        List<TargetResult> out = new ArrayList<>();
        for (Campaign.Target g : c.teamTargets()) {
            Optional<CollectiveRegistrationAnswer> a = t.answerFor(g.code());
            if (a.isEmpty() || a.get().value() == null) {
                continue;
            }
            String result = a.get().result();
            out.add(new TargetResult(g.code(), g.name(), g.type(), g.required(), a.get().value(), result,
                    TargetOutcome.met(g.type(), a.get().value(), result)));
        }
        return out;
    }

    /**
     * Saves the team's result of one registered team target. Refused (nothing saved): the caller is not a team
     * leader of a team, outside the window, the team registered no such target, a value the target's rule refuses.
     */
    @Transactional(noRollbackFor = RegistrationRefused.class)
    public TargetResult record(Person leader, Campaign c, String targetCode, String raw) {
        if (!leader.has(Role.TEAM_LEADER) || leader.teamName() == null) {
            throw new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "results.team.leader-only");
        }
        if (!own.open(c)) {
            throw own.closed(c);
        }
        CollectiveRegistration t = collectives.findByTeamNameIgnoreCaseAndSchoolYear(leader.teamName(), c.schoolYear())
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Kind.NOT_NOW, null, "results.team.nothing-registered"));
        Campaign.Target g = c.teamTarget(targetCode).orElse(null);
        Optional<CollectiveRegistrationAnswer> a = t.answerFor(targetCode);
        if (g == null || a.isEmpty() || a.get().value() == null) {
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, targetCode, "results.not-registered");
        }
        TargetInput.Result parsed = TargetInput.parse(g.type(), raw);
        if (parsed instanceof TargetInput.Refused no) {
            throw new RegistrationRefused(RegistrationRefused.Kind.INVALID, targetCode, no.key(), no.args());
        }
        t.recordResult(targetCode, ((TargetInput.Ok) parsed).value(), clock.instant());
        collectives.save(t);
        return of(c, t).stream().filter(x -> x.code().equals(targetCode)).findFirst().orElseThrow();
    }
}
