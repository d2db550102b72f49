package vn.thiduabot.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.ButtonAction;
import vn.thiduabot.chat.ButtonPayload;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.people.Role;

/**
 * "Link a new phone" for someone already linked: the secretary asks (a button on /moima's refusal),
 * the principal or another admin confirms on a card of their own, and only then is the code issued,
 * to the one who asked. The person concerned and the one who asked can never confirm.
 */
@Component
class RelinkApproval implements ButtonAction<RelinkApproval.RelinkPress> {

    /** The buttons of a new-phone request: asking for it, and deciding on it. */
    sealed interface RelinkPress extends ButtonPayload permits Ask, Decide { }

    /** The secretary asks to link a new phone for this staff member (the button on /moima's refusal). */
    record Ask(long staffId) implements RelinkPress { }

    /** A decider approves or declines one request, on the card sent to them. */
    record Decide(long requestId, boolean approve) implements RelinkPress { }

    private static final Logger log = LoggerFactory.getLogger(RelinkApproval.class);
    private static final Set<Role> ASKERS = Set.of(Role.SECRETARY, Role.ADMIN);

    private final StaffRepository staff;
    private final RelinkRequestRepository requests;
    private final AccountLinking linking;
    private final InviteDialog invites;
    private final AuditLog audit;
    private final Clock clock;

    RelinkApproval(StaffRepository staff, RelinkRequestRepository requests, AccountLinking linking, InviteDialog invites,
                   AuditLog audit, Clock clock) {
        this.staff = staff;
        this.requests = requests;
        this.linking = linking;
        this.invites = invites;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "relink";
    }

    @Override
    public Class<RelinkPress> payloadType() {
        return RelinkPress.class;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.SECRETARY, Role.ADMIN, Role.PRINCIPAL);
    }

    @Override
    public void onPress(ChatSession s, RelinkPress press) {
        if (press instanceof Ask a) {
            ask(s, a.staffId());
        } else if (press instanceof Decide d) {
            decide(s, d.requestId(), d.approve());
        }
    }

    private void ask(ChatSession s, long staffId) {
        Person me = s.requireUser();
        if (!me.hasAny(ASKERS)) {
            s.alert("error.forbidden");
            return;
        }
        Optional<StaffMember> member = staff.findById(staffId).filter(StaffMember::isActive);
        if (member.isEmpty()) {
            s.reply("invite.not-found", String.valueOf(staffId));
            return;
        }
        StaffMember m = member.get();
        if (!m.isLinked()) {
            s.reply("relink.not-linked", m.getFullName());
            return;
        }
        if (requests.findFirstByStaffIdAndStatus(staffId, RelinkRequest.Status.PENDING).isPresent()) {
            s.reply("relink.already-asked", m.getFullName());
            return;
        }
        List<StaffMember> deciders = staff.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(d -> d.maySecondOthers() && d.getId() != me.staffId() && !d.getId().equals(m.getId()))
                .toList();
        if (deciders.isEmpty()) {
            s.reply("relink.nobody", m.getFullName());
            return;
        }
        RelinkRequest request = requests.save(new RelinkRequest(staffId, me.staffId(), clock.instant()));
        for (StaffMember d : deciders) {
            Person decider = StaffDirectory.toChatUser(d);
            s.messenger().to(decider, "relink.card", me.fullName(), m.nameAndTeam(), m.telegramAccount())
                    .buttonKey("relink.approve", new Decide(request.id(), true))
                    .buttonKey("relink.decline", new Decide(request.id(), false))
                    .key("relink-card:" + request.id() + ":" + d.getId())
                    .send();
        }
        log.info("Staff #{} asked to link a new Telegram account for staff #{} (request #{})", me.staffId(), staffId, request.id());
        s.reply("relink.asked", m.getFullName(), deciders.stream().map(StaffMember::getFullName).collect(Collectors.joining(", ")));
        s.toast("relink.asked-toast");
    }

    private void decide(ChatSession s, long requestId, boolean approve) {
        Optional<RelinkRequest> found = requests.findById(requestId);
        StaffMember me = staff.findById(s.requireUser().staffId()).orElseThrow();
        if (found.isEmpty() || !found.get().mayBeDecidedBy(me)) {
            s.alert("relink.not-yours");
            return;
        }
        RelinkRequest request = found.get();
        if (!request.decide(approve, me.getId(), clock.instant())) {
            s.alert("relink.already-decided");
            return;
        }
        StaffMember subject = staff.findById(request.staffId()).orElseThrow();
        Optional<Person> requester = staff.findById(request.requestedByStaffId())
                .filter(r -> r.isActive() && r.isLinked() && r.getRoles().stream().anyMatch(ASKERS::contains))
                .map(StaffDirectory::toChatUser);
        String requesterName = requester.map(Person::fullName).orElse("-");
        audit.record(AuditLog.Actor.staff(me.getId()), subject.getId(),
                approve ? AuditEntry.Action.RELINK_APPROVED : AuditEntry.Action.RELINK_DECLINED, null, requesterName);
        if (!approve) {
            requester.ifPresent(r -> s.messenger().to(r, "relink.declined-notice", me.getFullName(), subject.getFullName())
                    .key("relink-decided:" + requestId).send());
            s.reply("relink.declined", subject.getFullName());
            return;
        }
        if (!subject.isActive() || requester.isEmpty()) {
            s.reply("relink.cannot-issue", subject.getFullName());
            return;
        }
        AccountLinking.Invite invite = linking.issueInvite(subject.getId(), request.requestedByStaffId(), true);
        s.messenger().to(requester.get(), "relink.approved-notice", me.getFullName(), subject.getFullName())
                .key("relink-decided:" + requestId).send();
        s.messenger().to(requester.get(), "invite.issued", invites.args(invite)).key("relink-code:" + requestId).send();
        s.reply("relink.approved", subject.getFullName(), requesterName);
        s.toast("relink.approved-toast");
    }
}
