package vn.thiduabot.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The scores of one item of the sheet: the teacher's, and the team's and the council's adjustments
 * (null when they agree with the column before them), each adjustment with its mandatory reason.
 */
@Entity
@Table(name = "assessment_score")
public class ScoreEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Convert(converter = ScoreConverter.class)
    @Column(name = "self_score")
    private BigDecimal selfScore;

    @Convert(converter = ScoreConverter.class)
    @Column(name = "team_score")
    private BigDecimal teamScore;

    @Column(name = "team_reason")
    private String teamReason;

    @Column(name = "team_by")
    private Long teamBy;

    @Convert(converter = ScoreConverter.class)
    @Column(name = "council_score")
    private BigDecimal councilScore;

    @Column(name = "council_reason")
    private String councilReason;

    @Column(name = "council_by")
    private Long councilBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScoreEntry() {
    }

    ScoreEntry(long assessmentId, String itemCode, Instant now) {
        this.assessmentId = assessmentId;
        this.itemCode = itemCode;
        this.updatedAt = now;
    }

    void setSelf(BigDecimal score, Instant now) {
        this.selfScore = ScoreInput.normalise(score);
        this.updatedAt = now;
    }

    /** A reviewer's score for this stage; null (with no reason) removes the adjustment. */
    void adjust(Stage stage, BigDecimal score, String reason, long by, Instant now) {
        if (stage == Stage.TEAM) {
            this.teamScore = ScoreInput.normalise(score);
            this.teamReason = score == null ? null : reason;
            this.teamBy = score == null ? null : by;
        } else {
            this.councilScore = ScoreInput.normalise(score);
            this.councilReason = score == null ? null : reason;
            this.councilBy = score == null ? null : by;
        }
        this.updatedAt = now;
    }

    public String getItemCode() { return itemCode; }
    public long getAssessmentId() { return assessmentId; }
    public BigDecimal getSelfScore() { return selfScore; }
    public BigDecimal getTeamScore() { return teamScore; }
    public String getTeamReason() { return teamReason; }
    public Long getTeamBy() { return teamBy; }
    public BigDecimal getCouncilScore() { return councilScore; }
    public String getCouncilReason() { return councilReason; }
    public Long getCouncilBy() { return councilBy; }
}
