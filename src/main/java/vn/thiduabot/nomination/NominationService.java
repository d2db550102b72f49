package vn.thiduabot.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.campaign.Campaigns;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Drafts and submission (the reviews are {@link NominationReviews}). Every change runs in the caller's transaction (the
 * update's); the nomination itself checks its status and registers the event ({@link NominationSubmitted},
 * {@link NominationPassed}, {@link NominationRejected}) that saving publishes: {@link NominationHistory}
 * writes the history and the notifications queue the messages, in the same transaction.
 */
@Service
public class NominationService {

    private static final Logger log = LoggerFactory.getLogger(NominationService.class);

    private final NominationRepository nominations;
    private final NominationEvidenceRepository evidence;
    private final NominationEventRepository events;
    private final StaffDirectory staff;
    private final Campaigns campaigns;
    private final Clock clock;

    NominationService(NominationRepository nominations, NominationEvidenceRepository evidence, NominationEventRepository events,
                      StaffDirectory staff, Campaigns campaigns, Clock clock) {
        this.nominations = nominations;
        this.evidence = evidence;
        this.events = events;
        this.staff = staff;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    // --- the calendar ------------------------------------------------------------------------------

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public Quarter currentQuarter() {
        return Quarter.of(today());
    }

    /** The first of the campaign's quarterly nomination dates that is today or later. */
    public Optional<LocalDate> nextDeadline() {
        return Quarter.nextDeadline(campaigns.current().deadlines().nominations(), today());
    }

    public String schoolYear() {
        return campaigns.current().schoolYear();
    }

    // --- drafts ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<Nomination> draftOf(long staffId) {
        return nominations.findFirstByNominatorStaffIdAndStatusOrderByIdDesc(staffId, NominationStatus.DRAFT);
    }

    @Transactional
    public Nomination startDraft(long staffId) {
        return nominations.save(Nomination.draft(staffId, schoolYear(), now()));
    }

    /** The nominator's own draft with this id, if it still is a draft. */
    @Transactional(readOnly = true)
    public Optional<Nomination> ownDraft(long id, long staffId) {
        return nominations.findById(id)
                .filter(n -> n.getStatus() == NominationStatus.DRAFT && n.getNominatorStaffId() == staffId);
    }

    // Each step of the draft is saved at once.

    /** Starts the nominee over with another kind (the nominator pressed another type button). */
    @Transactional
    public Nomination chooseKind(Nomination draft, NomineeKind kind) {
        draft.chooseKind(kind, now());
        return nominations.saveAndFlush(draft);
    }

    /** The nominee, once the rules allowed it (not oneself, not twice in the quarter). */
    @Transactional
    public Nomination chooseNominee(Nomination draft, NomineeKind kind, Long staffId, String name, String key) {
        draft.nominee(kind, staffId, name, key, now());
        return nominations.saveAndFlush(draft);
    }

    @Transactional
    public Nomination chooseCategory(Nomination draft, NominationCategory category) {
        draft.category(category, now());
        return nominations.saveAndFlush(draft);
    }

    @Transactional
    public Nomination describeAchievement(Nomination draft, String achievement) {
        draft.achievement(achievement, now());
        return nominations.saveAndFlush(draft);
    }

    @Transactional
    public void discard(Nomination draft) {
        evidence.deleteByNominationId(draft.getId());
        events.deleteByNominationId(draft.getId());
        nominations.delete(draft);
    }

    /** The nominator's earlier nomination of the same nominee in that quarter (drafts do not count). */
    @Transactional(readOnly = true)
    public Optional<Nomination> earlier(long nominatorStaffId, String nomineeKey, Quarter quarter) {
        return nominations.findFirstByNominatorStaffIdAndNomineeKeyAndQuarter(nominatorStaffId, nomineeKey, quarter.label());
    }

    @Transactional
    public void addEvidence(Nomination n, String fileId, String fileName, String mimeType, long size, boolean photo) {
        evidence.save(new NominationEvidence(n.getId(), fileId, fileName, mimeType, size, photo, now()));
    }

    @Transactional(readOnly = true)
    public List<NominationEvidence> evidenceOf(long id) {
        return evidence.findByNominationIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public int evidenceCount(long id) {
        return (int) evidence.countByNominationId(id);
    }

    @Transactional(readOnly = true)
    public List<NominationEvent> history(long id) {
        return events.findByNominationIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public Optional<Nomination> find(long id) {
        return nominations.findById(id);
    }

    // --- submission --------------------------------------------------------------------------------

    /** Where a submitted nomination went: to these team leaders, or straight to the council and why. */
    public record Routed(Nomination nomination, List<StaffView> teamLeaders, String skipReason) {
        public boolean toCouncil() {
            return skipReason != null;
        }
    }

    /**
     * Submits a complete draft in today's quarter. The caller has checked the rules; the team leader
     * is skipped when the nominator has no team, leads it, or the team has no other leader than the
     * nominee (who does not review their own nomination).
     */
    @Transactional
    public Routed submit(Nomination draft, long nominatorStaffId) {
        StaffView me = staff.byId(nominatorStaffId).orElseThrow();
        String team = me.teamName();
        String skip = null;
        List<StaffView> leaders = List.of();
        if (team == null) {
            skip = NominationEvent.SKIP_NO_TEAM;
        } else if (me.has(Role.TEAM_LEADER)) {
            skip = NominationEvent.SKIP_NOMINATOR_LEADS;
        } else {
            leaders = teamLeaders(team, draft);
            if (leaders.isEmpty()) {
                skip = NominationEvent.SKIP_NO_LEADER;
            }
        }
        draft.submit(schoolYear(), currentQuarter(), nextDeadline().orElse(null), team, skip, now());
        Nomination n = nominations.saveAndFlush(draft);
        log.info("Nomination #{} submitted by staff #{} for {} ({}), {}", n.getId(), nominatorStaffId, n.getQuarter(),
                n.getCategory(), skip == null ? "to " + leaders.size() + " team leader(s)" : "straight to the council: " + skip);
        return new Routed(n, leaders, skip);
    }

    /** The leaders of the nominator's team who may confirm this nomination: neither its nominator nor its nominee. */
    @Transactional(readOnly = true)
    public List<StaffView> teamLeaders(Nomination n) {
        return teamLeaders(n.getNominatorTeam(), n);
    }

    private List<StaffView> teamLeaders(String team, Nomination n) {
        if (team == null) {
            return List.of();
        }
        return staff.teamMembers(team).stream()
                .filter(v -> v.has(Role.TEAM_LEADER))
                .filter(v -> v.staffId() != n.getNominatorStaffId() && !n.isNominee(v.staffId()))
                .toList();
    }

    // --- lists -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Nomination> inQuarter(Quarter q, NominationStatus status) {
        return nominations.findByQuarterAndStatusOrderBySubmittedAtAscIdAsc(q.label(), status);
    }
}
