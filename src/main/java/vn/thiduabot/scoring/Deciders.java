package vn.thiduabot.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thiduabot.campaign.Campaign;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffView;

/**
 * Who decides a reviewed self-assessment. The principal decides everyone's but their own; a principal's
 * own is decided by the substitute the campaign file names ({@code commendation.substitute-decider}),
 * who decides nothing else. Without a substitute a principal's own case waits, and the refusal says
 * what to configure.
 */
@Component
public class Deciders {

    private final Campaigns campaigns;
    private final People people;

    Deciders(Campaigns campaigns, People people) {
        this.campaigns = campaigns;
        this.people = people;
    }

    /** A principal's own self-assessment: nobody who holds the principal's role decides it. */
    public boolean principalsOwn(SelfAssessment a) {
        return people.view(a.getStaffId()).map(v -> v.has(Role.PRINCIPAL)).orElse(false);
    }

    /** The substitute named for this school year, if the file names an active staff member. */
    public Optional<StaffView> substitute(String schoolYear) {
        Campaign c = campaigns.forYear(schoolYear).orElseGet(campaigns::current);
        return c.commendation().substitute().flatMap(people::activeByPhone);
    }

    /** The people whose card this submission's decision goes to. */
    public List<Person> of(SelfAssessment a) {
        if (principalsOwn(a)) {
            return substitute(a.getSchoolYear()).filter(v -> v.staffId() != a.getStaffId())
                    .flatMap(StaffView::linkedPerson).stream().toList();
        }
        return people.withRole(Role.PRINCIPAL).stream().filter(p -> p.staffId() != a.getStaffId()).toList();
    }

    /** Whether this person may decide it (the state is checked elsewhere). */
    public boolean may(Actor actor, SelfAssessment a) {
        try {
            require(actor, a);
            return true;
        } catch (Refused r) {
            return false;
        }
    }

    /**
     * Refuses anyone but the submission's decider, before anything changed: the owner (with what to
     * configure or who decides instead), a principal on a principal's case, a substitute on anyone else's.
     *
     * @return the actor, allowed to decide
     */
    public Actor require(Actor actor, SelfAssessment a) {
        boolean principals = principalsOwn(a);
        Optional<StaffView> substitute = principals ? substitute(a.getSchoolYear()) : Optional.empty();
        if (actor.staffId() == a.getStaffId()) {
            throw substitute.filter(v -> v.staffId() != actor.staffId())
                    .map(v -> new Refused("decision.own.substitute", v.fullName()))
                    .orElseGet(() -> new Refused(principals ? "decision.own.configure" : "scoring.refused.own"));
        }
        if (principals) {
            if (substitute.isEmpty()) {
                throw new Refused("decision.substitute.missing");
            }
            if (substitute.get().staffId() != actor.staffId()) {
                throw new Refused("decision.substitute.named", substitute.get().fullName());
            }
            return actor.deciding();
        }
        if (!actor.has(Role.PRINCIPAL)) {
            throw new Refused(isSubstitute(actor, a.getSchoolYear()) ? "decision.substitute.only" : "scoring.refused.not-principal");
        }
        return actor;
    }

    private boolean isSubstitute(Actor actor, String schoolYear) {
        return substitute(schoolYear).map(v -> v.staffId() == actor.staffId()).orElse(false);
    }
}
