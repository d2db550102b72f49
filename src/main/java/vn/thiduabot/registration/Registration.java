package vn.thiduabot.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One person's registration for one school year: the row of the registration form. */
@Entity
@Table(name = "registration")
public class Registration extends AbstractAggregateRoot<Registration> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(name = "title_code")
    private String titleCode;

    @Column(name = "form_answered", nullable = false)
    private boolean formAnswered;

    @Column(name = "form_code")
    private String formCode;

    @Column(name = "has_initiative")
    private Boolean hasInitiative;

    @Column(name = "initiative_title")
    private String initiativeTitle;

    @Column(name = "initiative_subject")
    private String initiativeSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status = RegistrationStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reopened_by_staff_id")
    private Long reopenedByStaffId;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RegistrationAnswer> answers = new ArrayList<>();

    protected Registration() {
    }

    Registration(long staffId, String schoolYear, Instant now) {
        this.staffId = staffId;
        this.schoolYear = schoolYear;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- answers; each one touches updated_at so the version moves and old summaries go stale ------

    void chooseTitle(String code, Instant now) {
        this.titleCode = code;
        touch(now);
    }

    /** @param code null for "no form of commendation" */
    void chooseForm(String code, Instant now) {
        this.formAnswered = true;
        this.formCode = code;
        touch(now);
    }

    void planInitiative(boolean planned, Instant now) {
        this.hasInitiative = planned;
        if (!planned) {
            this.initiativeTitle = null;
            this.initiativeSubject = null;
        }
        touch(now);
    }

    void nameInitiative(String title, Instant now) {
        this.initiativeTitle = title;
        touch(now);
    }

    void initiativeSubject(String subject, Instant now) {
        this.initiativeSubject = subject;
        touch(now);
    }

    /** @param value null when an optional target is skipped */
    void answer(String targetCode, String value, Instant now) {
        Optional<RegistrationAnswer> existing = answerFor(targetCode);
        if (existing.isPresent()) {
            existing.get().change(value); // in place: a delete and insert of the same code would break the unique key
        } else {
            answers.add(new RegistrationAnswer(this, targetCode, value));
        }
        touch(now);
    }

    /**
     * The result achieved for a registered target (self-assessment window; the service checks it). Not a change
     * of the registration: its status, version and summaries stay as they are.
     */
    void recordResult(String targetCode, String value, Instant now) {
        RegistrationAnswer a = answerFor(targetCode)
                .orElseThrow(() -> new IllegalStateException("target " + targetCode + " not registered"));
        a.recordResult(value, now);
    }

    /** "Start over": every answer goes; the row, its history and any reopening stay. */
    void restart(Instant now) {
        requireDraft();
        registerEvent(new RegistrationRestarted(ref(), staffId, schoolYear, status, now));
        clearAnswers(now);
    }

    private void clearAnswers(Instant now) {
        titleCode = null;
        formAnswered = false;
        formCode = null;
        hasInitiative = null;
        initiativeTitle = null;
        initiativeSubject = null;
        answers.clear();
        touch(now);
    }

    void submit(Instant now) {
        requireDraft();
        registerEvent(new RegistrationSubmitted(ref(), staffId, schoolYear, status, now));
        status = RegistrationStatus.SUBMITTED;
        submittedAt = now;
        touch(now);
    }

    /** The person takes back the registration they sent, to change it: a draft again. */
    void edit(Instant now) {
        if (status != RegistrationStatus.SUBMITTED) {
            throw new IllegalStateException("registration #" + id + " is not sent");
        }
        registerEvent(new RegistrationEdited(ref(), staffId, schoolYear, status, now));
        status = RegistrationStatus.DRAFT;
        touch(now);
    }

    /** @param createdForIt the row was made just now for the reopening (the person had none) */
    void reopen(long byStaffId, String reason, boolean createdForIt, Instant now) {
        registerEvent(new RegistrationReopened(ref(), staffId, schoolYear, byStaffId, createdForIt ? null : status, reason, now));
        reopenedByStaffId = byStaffId;
        reopenedAt = now;
        reopenReason = reason;
        status = RegistrationStatus.DRAFT;
        touch(now);
    }

    /**
     * The secretary's reopening still holds: the draft may be edited and sent after the deadline,
     * until the person sends it again.
     */
    public boolean reopenGranted() {
        return status == RegistrationStatus.DRAFT && reopenedAt != null
                && (submittedAt == null || reopenedAt.isAfter(submittedAt));
    }

    /** The id for an event; 0 only for a registration never saved (a rule's unit test: the service saves first). */
    private long ref() {
        return id == null ? 0 : id;
    }

    private void requireDraft() {
        if (status != RegistrationStatus.DRAFT) {
            throw new IllegalStateException("registration #" + id + " is not a draft");
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public Optional<RegistrationAnswer> answerFor(String targetCode) {
        return answers.stream().filter(a -> a.targetCode().equals(targetCode)).findFirst();
    }

    public boolean started() {
        return titleCode != null || formAnswered || hasInitiative != null || !answers.isEmpty();
    }

    public Long id() { return id; }
    public long staffId() { return staffId; }
    public String schoolYear() { return schoolYear; }
    public String titleCode() { return titleCode; }
    public boolean formAnswered() { return formAnswered; }
    public String formCode() { return formCode; }
    public Boolean hasInitiative() { return hasInitiative; }
    public String initiativeTitle() { return initiativeTitle; }
    public String initiativeSubject() { return initiativeSubject; }
    public RegistrationStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public Long reopenedByStaffId() { return reopenedByStaffId; }
    public Instant reopenedAt() { return reopenedAt; }
    public String reopenReason() { return reopenReason; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<RegistrationAnswer> answers() { return List.copyOf(answers); }
}
