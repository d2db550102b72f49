package vn.thiduabot.nomination;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.staff.StaffView;

/**
 * Read-only questions other features ask about nominations (the secretary's digest, exports).
 * Drafts are never included: a nomination counts once it is submitted, in the quarter of that day.
 */
@Service
public class NominationQueries {

    private final NominationService service;
    private final NominationRepository nominations;
    private final StaffDirectory staff;

    NominationQueries(NominationService service, NominationRepository nominations, StaffDirectory staff) {
        this.service = service;
        this.nominations = nominations;
        this.staff = staff;
    }

    /** Today's quarter by the school's clock. */
    public Quarter currentQuarter() {
        return service.currentQuarter();
    }

    /** Every status but DRAFT, with how many of the quarter's nominations have it (zeros included). */
    @Transactional(readOnly = true)
    public Map<NominationStatus, Long> countsByStatus(Quarter quarter) {
        Map<NominationStatus, Long> counts = new EnumMap<>(NominationStatus.class);
        for (NominationStatus st : NominationStatus.values()) {
            if (st != NominationStatus.DRAFT) {
                counts.put(st, 0L);
            }
        }
        for (Nomination n : nominations.findByQuarterOrderBySubmittedAtAscIdAsc(quarter.label())) {
            counts.merge(n.getStatus(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The quarter's nominations in the order they were submitted, with nominee, category, achievement, nominator and decisions. */
    @Transactional(readOnly = true)
    public List<NominationSummary> forQuarter(Quarter quarter) {
        return nominations.findByQuarterOrderBySubmittedAtAscIdAsc(quarter.label()).stream().map(this::summary).toList();
    }

    /** Those of the quarter with this status, e.g. INTRODUCED for the quarter's exemplars. */
    @Transactional(readOnly = true)
    public List<NominationSummary> forQuarter(Quarter quarter, NominationStatus status) {
        return service.inQuarter(quarter, status).stream().map(this::summary).toList();
    }

    /** The quarter's introduced exemplars. */
    @Transactional(readOnly = true)
    public List<NominationSummary> introduced(Quarter quarter) {
        return forQuarter(quarter, NominationStatus.INTRODUCED);
    }

    /**
     * Teams (with at least one active member) none of whose members submitted a nomination in the
     * quarter, alphabetically; a nomination counts for the team its nominator was in when submitting.
     */
    @Transactional(readOnly = true)
    public List<String> teamsWithoutNomination(Quarter quarter) {
        Set<String> nominating = nominations.findByQuarterOrderBySubmittedAtAscIdAsc(quarter.label()).stream()
                .map(Nomination::getNominatorTeam)
                .filter(t -> t != null)
                .map(t -> t.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        return staff.teamNames().stream().filter(t -> !nominating.contains(t.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private NominationSummary summary(Nomination n) {
        String nomineeTeam = n.getNomineeStaffId() == null ? null
                : staff.byId(n.getNomineeStaffId()).map(StaffView::teamName).orElse(null);
        List<NominationSummary.Decision> history = service.history(n.getId()).stream()
                .filter(e -> e.getTo() != NominationStatus.SUBMITTED)
                .map(e -> new NominationSummary.Decision(e.getFrom(), e.getTo(), e.getActorStaffId(),
                        e.getActorStaffId() == null ? null : staff.byId(e.getActorStaffId()).map(StaffView::fullName).orElse(null),
                        e.getAt(), e.getReason()))
                .toList();
        return new NominationSummary(n.getId(), n.getSchoolYear(), n.getQuarter(), n.getDeadline(), n.getNomineeKind(),
                n.getNomineeStaffId(), n.getNomineeName(), nomineeTeam, n.getCategory(), n.getAchievement(),
                n.getNominatorStaffId(), staff.byId(n.getNominatorStaffId()).map(StaffView::fullName).orElse(null),
                n.getNominatorTeam(), n.getStatus(), service.evidenceCount(n.getId()), n.getSubmittedAt(), history);
    }
}
