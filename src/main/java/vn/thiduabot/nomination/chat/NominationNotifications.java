package vn.thiduabot.nomination.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduabot.nomination.Nomination;
import vn.thiduabot.nomination.NominationPassed;
import vn.thiduabot.nomination.NominationRejected;
import vn.thiduabot.nomination.NominationRules;
import vn.thiduabot.nomination.NominationService;
import vn.thiduabot.nomination.NominationSubmitted;
import vn.thiduabot.nomination.NomineeKind;
import vn.thiduabot.nomination.PrincipalsOwnNominations;
import vn.thiduabot.nomination.ReviewStage;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Who hears of a nomination's changes, queued in the same transaction as the change: the team leaders
 * get the card of a sent nomination; the nominator hears of every "no" and of the team's yes; the
 * principal gets the council's yes to decide (or, for a principal's own nomination, the substitute);
 * nominator and nominee hear the principal's decision.
 */
@Component
class NominationNotifications {

    private final NominationService service;
    private final NominationCards cards;
    private final StaffDirectory staff;
    private final PrincipalsOwnNominations principalsOwn;

    NominationNotifications(NominationService service, NominationCards cards, StaffDirectory staff, PrincipalsOwnNominations principalsOwn) {
        this.service = service;
        this.cards = cards;
        this.staff = staff;
        this.principalsOwn = principalsOwn;
    }

    @EventListener
    void on(NominationSubmitted e) {
        if (e.skipReason() != null) {
            return;
        }
        Nomination n = service.find(e.nominationId()).orElseThrow();
        for (StaffView leader : service.teamLeaders(n)) {
            leader.linkedPerson().ifPresent(u -> cards.pushCard(u, n, ReviewStage.TEAM));
        }
    }

    @EventListener
    void on(NominationPassed e) {
        if (e.automatic()) {
            return; // the team stage skipped: the nominator was told where it went
        }
        Nomination n = service.find(e.nominationId()).orElseThrow();
        StaffView nominator = staff.byId(n.getNominatorStaffId()).orElse(null);
        switch (e.stage()) {
            case TEAM -> notify(nominator, n, "nomination.told.team-confirmed",
                    l -> new Object[] {cards.nominee(l, n), cards.staffName(e.actorStaffId()), e.reason()});
            case COUNCIL -> toPrincipal(n);
            case PRINCIPAL -> toldOfPrincipal(n, true, nominator);
        }
    }

    @EventListener
    void on(NominationRejected e) {
        Nomination n = service.find(e.nominationId()).orElseThrow();
        StaffView nominator = staff.byId(n.getNominatorStaffId()).orElse(null);
        switch (e.stage()) {
            case TEAM -> notify(nominator, n, "nomination.told.team-rejected",
                    l -> new Object[] {cards.nominee(l, n), cards.staffName(e.actorStaffId()), e.reason()});
            case COUNCIL -> notify(nominator, n, "nomination.told.council-rejected", l -> new Object[] {cards.nominee(l, n), e.reason()});
            case PRINCIPAL -> toldOfPrincipal(n, false, nominator);
        }
    }

    /** The council passed it: the principals' card, or for a principal's own nomination the substitute's. */
    private void toPrincipal(Nomination n) {
        if (principalsOwn.principalIsParty(n)) {
            // Not the principals' to introduce: the substitute's, or the secretaries hear what to configure.
            Optional<Person> substitute = principalsOwn.decider(n).flatMap(StaffView::linkedPerson);
            if (substitute.isPresent()) {
                cards.pushSubstituteCard(substitute.get(), n);
            } else {
                for (StaffView sec : staff.withRole(Role.SECRETARY)) {
                    notify(sec, n, "decision.substitute.nomination-waiting", l -> new Object[] {cards.nominee(l, n)});
                }
            }
            return;
        }
        for (StaffView principal : staff.withRole(Role.PRINCIPAL)) {
            if (!NominationRules.involves(n, principal.staffId())) {
                principal.linkedPerson().ifPresent(u -> cards.pushCard(u, n, ReviewStage.PRINCIPAL));
            }
        }
    }

    private void toldOfPrincipal(Nomination n, boolean yes, StaffView nominator) {
        notify(nominator, n, yes ? "nomination.told.introduced" : "nomination.told.not-introduced",
                l -> new Object[] {cards.nominee(l, n), cards.category(l, n.getCategory()), cards.quarter(l, n.getQuarter())});
        if (n.getNomineeKind() == NomineeKind.STAFF && n.getNomineeStaffId() != null) {
            StaffView nominee = staff.byId(n.getNomineeStaffId()).filter(StaffView::active).orElse(null);
            notify(nominee, n, yes ? "nomination.nominee.introduced" : "nomination.nominee.not-introduced",
                    l -> new Object[] {cards.category(l, n.getCategory()), cards.quarter(l, n.getQuarter()),
                            cards.staffName(n.getNominatorStaffId())});
        }
    }

    private void notify(StaffView person, Nomination n, String key, Function<Locale, Object[]> args) {
        if (person != null && person.linkedPerson().isPresent()) {
            cards.notify(person, n, key, args.apply(person.linkedPerson().get().locale()));
        }
    }
}
