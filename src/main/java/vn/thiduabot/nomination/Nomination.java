package vn.thiduabot.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One nomination, from the nominator's draft to the principal's decision. */
@Entity
@Table(name = "nomination")
public class Nomination extends AbstractAggregateRoot<Nomination> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    /** Quarter label, set on submission. */
    private String quarter;

    /** yyyy-MM-dd, set on submission; null when the campaign has no later nomination date. */
    private String deadline;

    @Column(name = "nominator_staff_id", nullable = false)
    private long nominatorStaffId;

    @Column(name = "nominator_team")
    private String nominatorTeam;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind")
    private NomineeKind nomineeKind;

    @Column(name = "nominee_staff_id")
    private Long nomineeStaffId;

    @Column(name = "nominee_name")
    private String nomineeName;

    @Column(name = "nominee_key")
    private String nomineeKey;

    @Enumerated(EnumType.STRING)
    private NominationCategory category;

    private String achievement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationStatus status;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Nomination() {
    }

    static Nomination draft(long nominatorStaffId, String schoolYear, Instant now) {
        Nomination n = new Nomination();
        n.nominatorStaffId = nominatorStaffId;
        n.schoolYear = schoolYear;
        n.status = NominationStatus.DRAFT;
        n.createdAt = now;
        n.updatedAt = now;
        return n;
    }

    /** Starts the nominee over with another kind (the nominator pressed another type button). */
    void chooseKind(NomineeKind kind, Instant now) {
        if (kind != nomineeKind) {
            nomineeKind = kind;
            nomineeStaffId = null;
            nomineeName = null;
            nomineeKey = null;
        }
        updatedAt = now;
    }

    void nominee(NomineeKind kind, Long staffId, String name, String key, Instant now) {
        nomineeKind = kind;
        nomineeStaffId = staffId;
        nomineeName = name;
        nomineeKey = key;
        updatedAt = now;
    }

    void category(NominationCategory category, Instant now) {
        this.category = category;
        updatedAt = now;
    }

    void achievement(String text, Instant now) {
        achievement = text;
        updatedAt = now;
    }

    /**
     * Sends the complete draft. With a {@code skipReason} it passes the team stage at once (the nominator
     * has no team, leads it, or the team has no other leader).
     */
    void submit(String schoolYear, Quarter quarter, LocalDate deadline, String team, String skipReason, Instant now) {
        if (status != NominationStatus.DRAFT || !complete()) {
            throw new IllegalStateException("nomination #" + id + " is not a complete draft");
        }
        this.schoolYear = schoolYear;
        this.quarter = quarter.label();
        this.deadline = deadline == null ? null : deadline.toString();
        this.nominatorTeam = team;
        this.submittedAt = now;
        this.status = NominationStatus.SUBMITTED;
        this.updatedAt = now;
        registerEvent(new NominationSubmitted(id, nominatorStaffId, team, quarter, skipReason, now));
        if (skipReason != null) {
            status = NominationStatus.TEAM_CONFIRMED;
            registerEvent(new NominationPassed(id, ReviewStage.TEAM, NominationStatus.SUBMITTED, status, null, skipReason, now));
        }
    }

    /** A reviewer's yes or no at the stage it waits at. */
    void decide(ReviewStage stage, boolean yes, long actorStaffId, String reason, Instant now) {
        if (status != stage.waiting) {
            throw new IllegalStateException("nomination #" + id + " does not wait at the " + stage + " stage");
        }
        NominationStatus from = status;
        status = yes ? stage.yes : stage.no;
        updatedAt = now;
        registerEvent(yes ? new NominationPassed(id, stage, from, status, actorStaffId, reason, now)
                : new NominationRejected(id, stage, from, status, actorStaffId, reason, now));
    }

    public boolean nomineeChosen() {
        return nomineeKind != null && nomineeName != null && nomineeKey != null;
    }

    public boolean complete() {
        return nomineeChosen() && category != null && achievement != null;
    }

    public boolean isNominee(long staffId) {
        return nomineeStaffId != null && nomineeStaffId == staffId;
    }

    public Long getId() { return id; }
    public String getSchoolYear() { return schoolYear; }
    public Quarter getQuarter() { return quarter == null ? null : Quarter.parse(quarter); }
    public LocalDate getDeadline() { return deadline == null ? null : LocalDate.parse(deadline); }
    public long getNominatorStaffId() { return nominatorStaffId; }
    public String getNominatorTeam() { return nominatorTeam; }
    public NomineeKind getNomineeKind() { return nomineeKind; }
    public Long getNomineeStaffId() { return nomineeStaffId; }
    public String getNomineeName() { return nomineeName; }
    public String getNomineeKey() { return nomineeKey; }
    public NominationCategory getCategory() { return category; }
    public String getAchievement() { return achievement; }
    public NominationStatus getStatus() { return status; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
