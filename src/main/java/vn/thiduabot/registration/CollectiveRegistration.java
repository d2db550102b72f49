package vn.thiduabot.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What a team (tổ) registers for a school year, entered by its team leader: the collective title, the form of
 * commendation, the answers to the campaign's team targets and a short plan.
 */
@Entity
@Table(name = "collective_registration")
public class CollectiveRegistration extends AbstractAggregateRoot<CollectiveRegistration> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(name = "title_code")
    private String titleCode;

    @Column(name = "form_answered", nullable = false)
    private boolean formAnswered;

    @Column(name = "form_code")
    private String formCode;

    @Column(name = "registered_by_staff_id", nullable = false)
    private long registeredByStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status = RegistrationStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "plan_text")
    private String plan;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CollectiveRegistrationAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected CollectiveRegistration() {
    }

    CollectiveRegistration(String teamName, String schoolYear, long byStaffId, Instant now) {
        this.teamName = teamName;
        this.schoolYear = schoolYear;
        this.registeredByStaffId = byStaffId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void chooseTitle(String code, long byStaffId, Instant now) {
        this.titleCode = code;
        this.registeredByStaffId = byStaffId;
        this.updatedAt = now;
    }

    void chooseForm(String code, long byStaffId, Instant now) {
        this.formAnswered = true;
        this.formCode = code;
        this.registeredByStaffId = byStaffId;
        this.updatedAt = now;
    }

    /** @param value null when an optional team target is skipped */
    void answer(String targetCode, String value, long byStaffId, Instant now) {
        Optional<CollectiveRegistrationAnswer> existing = answerFor(targetCode);
        if (existing.isPresent()) {
            existing.get().change(value); // in place: a delete and insert of the same code would break the unique key
        } else {
            answers.add(new CollectiveRegistrationAnswer(this, targetCode, value));
        }
        this.registeredByStaffId = byStaffId;
        this.updatedAt = now;
    }

    /** The team's result for a registered team target (self-assessment window; the service checks it). */
    void recordResult(String targetCode, String value, Instant now) {
        CollectiveRegistrationAnswer a = answerFor(targetCode)
                .orElseThrow(() -> new IllegalStateException("team target " + targetCode + " is not registered"));
        a.recordResult(value, now);
    }

    void writePlan(String plan, long byStaffId, Instant now) {
        this.plan = plan;
        this.registeredByStaffId = byStaffId;
        this.updatedAt = now;
    }

    void submit(long byStaffId, Instant now) {
        if (status != RegistrationStatus.DRAFT) {
            throw new IllegalStateException("collective registration #" + id + " is not a draft");
        }
        registerEvent(new CollectiveRegistrationSubmitted(id, teamName, schoolYear, byStaffId, status, now));
        this.status = RegistrationStatus.SUBMITTED;
        this.submittedAt = now;
        this.registeredByStaffId = byStaffId;
        this.updatedAt = now;
    }

    /** The team leader takes back the sent registration to change it. */
    void edit(long byStaffId, Instant now) {
        if (status != RegistrationStatus.SUBMITTED) {
            throw new IllegalStateException("collective registration #" + id + " is not sent");
        }
        registerEvent(new CollectiveRegistrationEdited(id, teamName, schoolYear, byStaffId, status, now));
        this.status = RegistrationStatus.DRAFT;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String teamName() { return teamName; }
    public String schoolYear() { return schoolYear; }
    public String titleCode() { return titleCode; }
    public boolean formAnswered() { return formAnswered; }
    public String formCode() { return formCode; }
    public long registeredByStaffId() { return registeredByStaffId; }
    public RegistrationStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public long version() { return version; }

    /** The team's plan for the year; null until written. */
    public String plan() { return plan; }

    public Optional<CollectiveRegistrationAnswer> answerFor(String targetCode) {
        return answers.stream().filter(a -> a.targetCode().equals(targetCode)).findFirst();
    }
}
