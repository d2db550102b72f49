package vn.thiduabot.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or document backing a score. Only Telegram's file id is kept; reviewers get it re-sent. */
@Entity
@Table(name = "assessment_evidence")
public class Evidence {

    public enum Kind { PHOTO, DOCUMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "telegram_file_id", nullable = false)
    private String fileId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "mime_type")
    private String mimeType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    Evidence(long assessmentId, String itemCode, String fileId, String fileName, String mimeType, long size, Kind kind, Instant now) {
        this.assessmentId = assessmentId;
        this.itemCode = itemCode;
        this.fileId = fileId;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.size = size;
        this.kind = kind;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public String getItemCode() { return itemCode; }
    public String getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public String getMimeType() { return mimeType; }
    public long getSize() { return size; }
    public Kind getKind() { return kind; }
}
