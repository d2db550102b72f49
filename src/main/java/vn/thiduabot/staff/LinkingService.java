package vn.thiduabot.staff;


import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ties a Telegram account to a row of the staff list: by the user's own shared contact, or by a
 * one-time invite code. A Telegram account belongs to at most one staff row and vice versa.
 */
@Service
public class LinkingService {

    private static final Logger log = LoggerFactory.getLogger(LinkingService.class);
    /** Invite codes are 128 random bits in base64url: 22 characters, fit a /start deep-link payload. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final StaffRepository staff;
    private final InviteCodeRepository invites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration inviteValidity;
    private final SecureRandom random = new SecureRandom();

    LinkingService(StaffRepository staff, InviteCodeRepository invites, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                   @Value("${thidua.invite.valid-days:7}") int validDays) {
        this.staff = staff;
        this.invites = invites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.inviteValidity = Duration.ofDays(validDays);
    }

    /** Whether typed text has the shape of an invite code (and so is read as one, not as a question). */
    public static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** The Telegram user's own phone number, as shared through Telegram's contact button. */
    @Transactional
    public Optional<StaffMember> linkByPhone(String rawPhone, long telegramUserId, long chatId, String username) {
        Optional<StaffMember> member = PhoneNumbers.normalise(rawPhone).flatMap(staff::findByPhone).filter(StaffMember::isActive);
        member.ifPresent(m -> {
            revokeOpenCodes(m.getId());
            link(m, telegramUserId, chatId, username, AccountMoved.Proof.CONTACT);
        });
        return member;
    }

    /** A typed or deep-linked invite code; works once, before it expires. */
    @Transactional
    public Optional<StaffMember> redeem(String code, long telegramUserId, long chatId, String username) {
        if (!looksLikeCode(code)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<InviteCode> invite = invites.findById(code).filter(i -> i.usableAt(now));
        if (invite.isEmpty()) {
            return Optional.empty();
        }
        Optional<StaffMember> member = staff.findById(invite.get().staffId()).filter(StaffMember::isActive);
        if (member.isPresent() && member.get().isLinkedElsewhere(telegramUserId) && !invite.get().replacesLink()) {
            // issued before they linked by phone (it would have been revoked then): never takes an account away
            log.warn("Invite code for staff #{} refused: they are linked to another account", member.get().getId());
            return Optional.empty();
        }
        member.ifPresent(m -> {
            invite.get().use(telegramUserId, now);
            revokeOpenCodes(m.getId());
            link(m, telegramUserId, chatId, username, AccountMoved.Proof.INVITE);
        });
        return member;
    }

    /**
     * Links the account; an account the person had before loses access at once (its id is replaced) and
     * is told, with the secretaries. Everything goes into the audit log, done by the person themselves.
     */
    private void link(StaffMember member, long telegramUserId, long chatId, String username, AccountMoved.Proof proof) {
        Instant now = clock.instant();
        AuditLog.Actor self = AuditLog.Actor.staff(member.getId());
        staff.findByTelegramUserId(telegramUserId)
                .filter(other -> !other.getId().equals(member.getId()))
                .ifPresent(other -> {
                    String was = other.telegramAccount();
                    other.unlinkTelegram(now);
                    staff.saveAndFlush(other);
                    audit.record(self, other.getId(), AuditEntry.Action.UNLINKED, was, null);
                });
        String before = member.telegramAccount();
        Long oldUser = member.getTelegramUserId();
        Long oldChat = member.getTelegramChatId();
        boolean replaced = member.isLinkedElsewhere(telegramUserId);
        member.linkTelegram(telegramUserId, chatId, username, now);
        if (!java.util.Objects.equals(before, member.telegramAccount())) {
            audit.record(self, member.getId(), AuditEntry.Action.LINKED, before, member.telegramAccount());
        }
        events.publishEvent(new StaffLinked(member.getId(), telegramUserId, chatId));
        if (replaced) {
            log.info("Staff #{} linked a new Telegram account; the old one lost access", member.getId());
            events.publishEvent(new AccountMoved(member.getId(), member.getFullName(), member.getLanguage(), oldUser, oldChat,
                    proof, now));
        }
    }

    /** One open code per person: the older ones stop working. */
    private void revokeOpenCodes(long staffId) {
        Instant now = clock.instant();
        invites.findByStaffIdAndUsedAtIsNullAndRevokedAtIsNull(staffId).forEach(i -> i.revoke(now));
    }

    /**
     * A new single-use code for someone not linked yet, valid for the configured number of days. Refused
     * (before anything changed, so the caller's transaction stays usable) with IllegalArgumentException if
     * the person is not an active member of staff, IllegalStateException if they are linked already.
     */
    @Transactional(noRollbackFor = {IllegalArgumentException.class, IllegalStateException.class})
    public Invite issueInvite(long staffId, Long issuedByStaffId) {
        return issueInvite(staffId, issuedByStaffId, false);
    }

    /**
     * A new single-use code; older open codes of the person stop working. A code for someone already
     * linked ({@code replacesLink}) is only issued after a second person confirmed it ({@link RelinkService}).
     *
     * @throws IllegalStateException if the person is linked and the code is not meant to replace the link
     */
    @Transactional(noRollbackFor = {IllegalArgumentException.class, IllegalStateException.class})
    Invite issueInvite(long staffId, Long issuedByStaffId, boolean replacesLink) {
        StaffMember member = staff.findById(staffId).filter(StaffMember::isActive)
                .orElseThrow(() -> new IllegalArgumentException("no active staff member " + staffId));
        if (member.isLinked() && !replacesLink) {
            throw new IllegalStateException("staff member " + staffId + " is already linked");
        }
        revokeOpenCodes(staffId);
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        InviteCode invite = invites.save(new InviteCode(code, staffId, issuedByStaffId, now, now.plus(inviteValidity), replacesLink));
        audit.record(issuedByStaffId == null ? AuditLog.Actor.system() : AuditLog.Actor.staff(issuedByStaffId), staffId,
                AuditEntry.Action.INVITE_ISSUED, member.telegramAccount(), null);
        return new Invite(invite.code(), member.getFullName(), invite.expiresAt());
    }

    public record Invite(String code, String fullName, Instant expiresAt) { }

    /** The active person with this id. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> activeMember(long staffId) {
        return staff.findById(staffId).filter(StaffMember::isActive);
    }

    /** Active staff matching a phone number, or whose name contains the words typed (accents optional). */
    @Transactional(readOnly = true)
    public List<StaffMember> find(String nameOrPhone) {
        return StaffDirectory.activeByNameOrPhone(staff, nameOrPhone);
    }
}
