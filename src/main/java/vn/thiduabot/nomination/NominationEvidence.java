package vn.thiduabot.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or document backing a nomination; the platform keeps the bytes, we keep its file id. */
@Entity
@Table(name = "nomination_evidence")
public class NominationEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private long nominationId;

    @Column(name = "file_id", nullable = false)
    private String fileId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "mime_type")
    private String mimeType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /** PHOTO or DOCUMENT: how to send it back to a reviewer. */
    @Column(nullable = false)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NominationEvidence() {
    }

    NominationEvidence(long nominationId, String fileId, String fileName, String mimeType, long size, boolean photo, Instant now) {
        this.nominationId = nominationId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.size = size;
        this.kind = photo ? "PHOTO" : "DOCUMENT";
        this.createdAt = now;
    }

    public long getNominationId() { return nominationId; }
    public String getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public boolean isPhoto() { return "PHOTO".equals(kind); }
}
