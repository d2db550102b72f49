package vn.thiduabot.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * A new phone for someone already linked: one person asks, another confirms, and only then is an
 * invite code issued, to the one who asked. The person concerned and the one who asked never decide.
 * The results say what happened; the dialog (the chat side) tells the people concerned.
 */
@Service
public class RelinkService {

    private static final Logger log = LoggerFactory.getLogger(RelinkService.class);
    /** Who may ask for a new phone, and receives the code once it is approved. */
    public static final Set<Role> ASKERS = Set.of(Role.SECRETARY, Role.ADMIN);

    /** What came of asking. */
    public enum Asked { NOT_FOUND, NOT_LINKED, ALREADY_ASKED, NOBODY_TO_DECIDE, ASKED }

    /**
     * @param subjectName    the person concerned (empty when not found)
     * @param subjectAccount their Telegram account as shown on the card
     * @param requestId      the new request when {@link Asked#ASKED}
     * @param deciders       who may decide, each gets a card
     */
    public record AskResult(Asked outcome, String subjectName, String subjectNameAndTeam, String subjectAccount,
                            Long requestId, List<Person> deciders) { }

    /** What came of a decision. */
    public enum Decided { NOT_YOURS, ALREADY_DECIDED, DECLINED, CANNOT_ISSUE, APPROVED }

    /**
     * @param requester the one who asked, when they may still receive the code
     * @param invite    the code when {@link Decided#APPROVED}
     */
    public record Decision(Decided outcome, String deciderName, String subjectName, Optional<Person> requester,
                           LinkingService.Invite invite) { }

    private final StaffRepository staff;
    private final RelinkRequestRepository requests;
    private final LinkingService linking;
    private final AuditLog audit;
    private final Clock clock;

    RelinkService(StaffRepository staff, RelinkRequestRepository requests, LinkingService linking, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.requests = requests;
        this.linking = linking;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AskResult ask(long staffId, long askerStaffId) {
        Optional<StaffMember> member = staff.findById(staffId).filter(StaffMember::isActive);
        if (member.isEmpty()) {
            return new AskResult(Asked.NOT_FOUND, "", "", "", null, List.of());
        }
        StaffMember m = member.get();
        if (!m.isLinked()) {
            return result(Asked.NOT_LINKED, m, null, List.of());
        }
        if (requests.findFirstByStaffIdAndStatus(staffId, RelinkRequest.Status.PENDING).isPresent()) {
            return result(Asked.ALREADY_ASKED, m, null, List.of());
        }
        List<Person> deciders = staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(d -> d.maySecondOthers() && d.getId() != askerStaffId && !d.getId().equals(m.getId()))
                .map(StaffDirectory::toPerson)
                .toList();
        if (deciders.isEmpty()) {
            return result(Asked.NOBODY_TO_DECIDE, m, null, List.of());
        }
        RelinkRequest request = requests.save(new RelinkRequest(staffId, askerStaffId, clock.instant()));
        log.info("Staff #{} asked to link a new Telegram account for staff #{} (request #{})", askerStaffId, staffId, request.id());
        return result(Asked.ASKED, m, request.id(), deciders);
    }

    private static AskResult result(Asked outcome, StaffMember m, Long requestId, List<Person> deciders) {
        return new AskResult(outcome, m.getFullName(), m.nameAndTeam(), m.telegramAccount(), requestId, deciders);
    }

    @Transactional
    public Decision decide(long requestId, long deciderStaffId, boolean approve) {
        Optional<RelinkRequest> found = requests.findById(requestId);
        StaffMember me = staff.findById(deciderStaffId).orElseThrow();
        if (found.isEmpty() || !found.get().mayBeDecidedBy(me)) {
            return new Decision(Decided.NOT_YOURS, me.getFullName(), "", Optional.empty(), null);
        }
        RelinkRequest request = found.get();
        if (!request.decide(approve, me.getId(), clock.instant())) {
            return new Decision(Decided.ALREADY_DECIDED, me.getFullName(), "", Optional.empty(), null);
        }
        StaffMember subject = staff.findById(request.staffId()).orElseThrow();
        Optional<Person> requester = staff.findById(request.requestedByStaffId())
                .filter(r -> r.isActive() && r.isLinked() && r.getRoles().stream().anyMatch(ASKERS::contains))
                .map(StaffDirectory::toPerson);
        audit.record(AuditLog.Actor.staff(me.getId()), subject.getId(),
                approve ? AuditEntry.Action.RELINK_APPROVED : AuditEntry.Action.RELINK_DECLINED, null,
                requester.map(Person::fullName).orElse("-"));
        if (!approve) {
            return new Decision(Decided.DECLINED, me.getFullName(), subject.getFullName(), requester, null);
        }
        if (!subject.isActive() || requester.isEmpty()) {
            return new Decision(Decided.CANNOT_ISSUE, me.getFullName(), subject.getFullName(), requester, null);
        }
        LinkingService.Invite invite = linking.issueInvite(subject.getId(), request.requestedByStaffId(), true);
        return new Decision(Decided.APPROVED, me.getFullName(), subject.getFullName(), requester, invite);
    }
}
