package vn.thiduabot.registration;

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
import org.springframework.data.domain.AbstractAggregateRoot;

/** The collective title a team (tổ) registers for a school year, entered by its team leader. */
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
}
