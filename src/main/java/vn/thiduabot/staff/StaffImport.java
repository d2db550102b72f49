package vn.thiduabot.staff;

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

/**
 * A staff list sent through the bot, from the update that brought it to the press that applied it:
 * downloaded after that update committed (never inside its transaction), previewed, then applied or
 * cancelled by someone allowed to.
 */
@Entity
@Table(name = "staff_import")
class StaffImport {

    enum Status { DOWNLOADING, AWAITING_CONFIRMATION, APPLIED, CANCELLED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requested_by_staff_id", nullable = false)
    private long requestedByStaffId;

    @Column(name = "chat_id", nullable = false)
    private long chatId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "update_id", nullable = false)
    private long updateId;

    @Column(name = "file_id", nullable = false)
    private String fileId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DOWNLOADING;

    /** The file as downloaded, kept until it is applied or cancelled (a confirmation plans it again). */
    private byte[] content;

    @Column(name = "decided_by_staff_id")
    private Long decidedByStaffId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffImport() {
    }

    StaffImport(long requestedByStaffId, long chatId, long userId, long updateId, String fileId, String fileName, Instant now) {
        this.requestedByStaffId = requestedByStaffId;
        this.chatId = chatId;
        this.userId = userId;
        this.updateId = updateId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isDownloading() {
        return status == Status.DOWNLOADING;
    }

    boolean awaitsConfirmation() {
        return status == Status.AWAITING_CONFIRMATION;
    }

    boolean isRequestedBy(long staffId) {
        return requestedByStaffId == staffId;
    }

    void downloaded(byte[] content, Instant now) {
        this.content = content;
        this.status = Status.AWAITING_CONFIRMATION;
        this.updatedAt = now;
    }

    void failed(Instant now) {
        finish(Status.FAILED, null, now);
    }

    void applied(long byStaffId, Instant now) {
        finish(Status.APPLIED, byStaffId, now);
    }

    void cancelled(Long byStaffId, Instant now) {
        finish(Status.CANCELLED, byStaffId, now);
    }

    private void finish(Status status, Long byStaffId, Instant now) {
        this.status = status;
        this.decidedByStaffId = byStaffId;
        this.content = null; // the file holds phone numbers: kept no longer than needed
        this.updatedAt = now;
    }

    Long id() { return id; }
    long requestedByStaffId() { return requestedByStaffId; }
    long chatId() { return chatId; }
    long userId() { return userId; }
    long updateId() { return updateId; }
    String fileId() { return fileId; }
    String fileName() { return fileName; }
    byte[] content() { return content; }
    Instant updatedAt() { return updatedAt; }
}
