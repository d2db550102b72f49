package vn.thiduabot.commendation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The list's state and decisions and the council's votes (tables of V50), in SQL. Every method joins
 * the caller's transaction. Public only so the chat side can name the list's status; every method
 * stays package-private. Proposals are in {@link ProposalStore}, people's facts in {@link PersonFactsStore}.
 */
@Repository
public class CommendationStore {

    private final JdbcTemplate jdbc;

    CommendationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- the list and its decisions ----------------------------------------------------------------
    public enum ListStatus { DRAFT, SUBMITTED, APPROVED, RETURNED }

    public record ListState(ListStatus status, int round) {
        public boolean editable() {
            return status == ListStatus.DRAFT || status == ListStatus.RETURNED;
        }
    }

    ListState list(String year) {
        return jdbc.query("select status, round from commendation_list where school_year = ?",
                        (rs, i) -> new ListState(ListStatus.valueOf(rs.getString(1)), rs.getInt(2)), year)
                .stream().findFirst().orElse(new ListState(ListStatus.DRAFT, 0));
    }

    /** Moves the list from one status to another; false if someone else changed it first. */
    boolean moveList(String year, ListState from, ListStatus to, int round, Instant now) {
        jdbc.update("insert into commendation_list (school_year, status, round, updated_at) values (?, 'DRAFT', 0, ?) "
                + "on conflict (school_year) do nothing", year, now.toString());
        return jdbc.update("update commendation_list set status = ?, round = ?, version = version + 1, updated_at = ? "
                        + "where school_year = ? and status = ? and round = ?",
                to.name(), round, now.toString(), year, from.status().name(), from.round()) == 1;
    }

    void recordDecision(String year, int round, String action, long actor, Instant now, String violations, String note, Long total) {
        jdbc.update("insert into commendation_decision (school_year, round, action, actor_staff_id, happened_at, violations, note, "
                + "total_award) values (?, ?, ?, ?, ?, ?, ?, ?)", year, round, action, actor, now.toString(), violations, note, total);
    }

    record DecisionRow(int round, String action, long actor, Instant at, String violations, String note) { }

    List<DecisionRow> decisions(String year) {
        return jdbc.query("select * from commendation_decision where school_year = ? order by id", (rs, i) ->
                new DecisionRow(rs.getInt("round"), rs.getString("action"), rs.getLong("actor_staff_id"),
                        Instant.parse(rs.getString("happened_at")), rs.getString("violations"), rs.getString("note")), year);
    }

    // --- votes -------------------------------------------------------------------------------------

    record VoteRow(long id, String schoolYear, String place, LocalDate meetingDate, Instant closesAt, boolean open,
                   long openedBy, Long closedBy, Instant closedAt, int councilSize) { }

    record ItemRow(long id, long voteId, Long proposalId, int position, String titleCode, String subject, Proposal.Kind kind,
                   String formCode, Long candidateStaffId, BigDecimal threshold, Integer yes, Integer no, Integer eligible,
                   Boolean passed) { }

    record BallotRow(long itemId, long voterStaffId, boolean yes, boolean written, String note) { }

    Optional<VoteRow> openVote(String year) {
        return jdbc.query("select * from commendation_vote where school_year = ? and status = 'OPEN'", (rs, i) -> vote(rs), year)
                .stream().findFirst();
    }

    /** The year's last closed vote, the one whose tally the year-end papers state. */
    Optional<Long> lastClosedVote(String year) {
        String sql = "select id from commendation_vote where school_year = ? and status = 'CLOSED' order by id desc limit 1";
        return jdbc.queryForList(sql, Long.class, year).stream().findFirst();
    }

    Optional<VoteRow> vote(long id) {
        return jdbc.query("select * from commendation_vote where id = ?", (rs, i) -> vote(rs), id).stream().findFirst();
    }

    /** Open votes whose automatic closing time has come. */
    List<VoteRow> dueVotes(Instant now) {
        return jdbc.query("select * from commendation_vote where status = 'OPEN' and closes_at is not null and closes_at <= ?",
                (rs, i) -> vote(rs), now.toString());
    }

    long insertVote(String year, String place, LocalDate date, Instant closesAt, long openedBy, Instant now, int councilSize) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into commendation_vote (school_year, place, meeting_date, closes_at, status, opened_by, opened_at,
                        council_size) values (?, ?, ?, ?, 'OPEN', ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, year);
            ps.setString(2, place);
            ps.setString(3, date.toString());
            ps.setString(4, closesAt == null ? null : closesAt.toString());
            ps.setLong(5, openedBy);
            ps.setString(6, now.toString());
            ps.setInt(7, councilSize);
            return ps;
        }, keys);
        return GeneratedIds.of(keys);
    }

    void insertMember(long voteId, long staffId) {
        jdbc.update("insert into commendation_vote_member (vote_id, staff_id) values (?, ?)", voteId, staffId);
    }

    List<Long> members(long voteId) {
        return jdbc.queryForList("select staff_id from commendation_vote_member where vote_id = ? order by staff_id", Long.class, voteId);
    }

    void insertItem(long voteId, Proposal p, int position, String subject, BigDecimal threshold) {
        jdbc.update("""
                insert into commendation_vote_item (vote_id, proposal_id, position, title_code, subject, kind, form_code,
                    candidate_staff_id, threshold) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                voteId, p.id(), position, p.titleCode(), subject, p.kind().name(), p.formCode(), p.staffId(), threshold.toPlainString());
    }

    List<ItemRow> items(long voteId) {
        return jdbc.query("select * from commendation_vote_item where vote_id = ? order by position", (rs, i) -> item(rs), voteId);
    }

    Optional<ItemRow> item(long itemId) {
        return jdbc.query("select * from commendation_vote_item where id = ?", (rs, i) -> item(rs), itemId).stream().findFirst();
    }

    void saveBallot(long itemId, long voter, boolean yes, boolean written, String note, Long recordedBy, Instant now) {
        jdbc.update("""
                insert into commendation_ballot (item_id, voter_staff_id, choice, written, note, recorded_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                on conflict (item_id, voter_staff_id) do update set choice = excluded.choice, written = excluded.written,
                    note = excluded.note, recorded_by = excluded.recorded_by, updated_at = excluded.updated_at""",
                itemId, voter, yes ? "YES" : "NO", written ? 1 : 0, note, recordedBy, now.toString());
    }

    List<BallotRow> ballots(long voteId) {
        return jdbc.query("""
                select b.* from commendation_ballot b join commendation_vote_item i on i.id = b.item_id
                where i.vote_id = ?""", (rs, i) -> new BallotRow(rs.getLong("item_id"), rs.getLong("voter_staff_id"),
                "YES".equals(rs.getString("choice")), rs.getInt("written") == 1, rs.getString("note")), voteId);
    }

    /**
     * After the tally, inside the closing transaction: keeps who took part (in the bot or in writing,
     * with the secretary's note) and deletes what each member chose. Returns how many choices went.
     */
    int forgetChoices(long voteId) {
        jdbc.update("""
                insert into commendation_vote_participant (vote_id, staff_id, written, note)
                select i.vote_id, b.voter_staff_id, min(b.written), max(b.note)
                from commendation_ballot b join commendation_vote_item i on i.id = b.item_id
                where i.vote_id = ? group by i.vote_id, b.voter_staff_id
                on conflict (vote_id, staff_id) do nothing""", voteId);
        return jdbc.update("delete from commendation_ballot where item_id in (select id from commendation_vote_item where vote_id = ?)",
                voteId);
    }

    record BallotEvent(long voterStaffId, String action, long actorStaffId, Instant at) { }

    /** What happened to a member's ballot and who did it; never what was chosen. */
    void ballotEvent(long voteId, long voter, String action, long actor, Instant now) {
        jdbc.update("insert into commendation_ballot_event (vote_id, voter_staff_id, action, actor_staff_id, happened_at) "
                + "values (?, ?, ?, ?, ?)", voteId, voter, action, actor, now.toString());
    }

    List<BallotEvent> ballotEvents(long voteId) {
        return jdbc.query("select * from commendation_ballot_event where vote_id = ? order by id", (rs, i) ->
                new BallotEvent(rs.getLong("voter_staff_id"), rs.getString("action"), rs.getLong("actor_staff_id"),
                        Instant.parse(rs.getString("happened_at"))), voteId);
    }

    /** Who recorded this member's written choice on this item, if it is one. */
    Optional<Long> writtenBy(long itemId, long voter) {
        return jdbc.query("select recorded_by from commendation_ballot where item_id = ? and voter_staff_id = ? and written = 1",
                (rs, i) -> rs.getLong(1), itemId, voter).stream().findFirst();
    }

    /** Closes an open vote; false if it was closed already (by the other path). */
    boolean closeVote(long voteId, Long closedBy, Instant now) {
        return jdbc.update("update commendation_vote set status = 'CLOSED', closed_by = ?, closed_at = ? where id = ? and status = 'OPEN'",
                closedBy, now.toString(), voteId) == 1;
    }

    void itemResult(long itemId, int yes, int no, int eligible, boolean passed) {
        jdbc.update("update commendation_vote_item set yes_count = ?, no_count = ?, eligible = ?, passed = ? where id = ?",
                yes, no, eligible, passed ? 1 : 0, itemId);
    }

    /** For each proposal, the result of the latest closed vote that covered it. */
    Map<Long, RuleCheck.VoteResult> latestResults(String year) {
        Map<Long, RuleCheck.VoteResult> out = new HashMap<>();
        jdbc.query("""
                select i.* from commendation_vote_item i join commendation_vote v on v.id = i.vote_id
                where v.school_year = ? and v.status = 'CLOSED' and i.proposal_id is not null order by v.id""", rs -> {
            ItemRow r = item(rs);
            out.put(r.proposalId(), new RuleCheck.VoteResult(r.titleCode(), r.yes(), r.eligible(), r.threshold(), r.passed()));
        }, year);
        return out;
    }

    /** Proposals on the open vote of the year (their title and team may not change until it closes). */
    List<Long> proposalsOnOpenVote(String year) {
        return jdbc.queryForList("""
                select i.proposal_id from commendation_vote_item i join commendation_vote v on v.id = i.vote_id
                where v.school_year = ? and v.status = 'OPEN' and i.proposal_id is not null""", Long.class, year);
    }

    private static VoteRow vote(ResultSet rs) throws SQLException {
        String closes = rs.getString("closes_at");
        String closedAt = rs.getString("closed_at");
        long closedBy = rs.getLong("closed_by");
        Long by = rs.wasNull() ? null : closedBy;
        return new VoteRow(rs.getLong("id"), rs.getString("school_year"), rs.getString("place"),
                LocalDate.parse(rs.getString("meeting_date")), closes == null ? null : Instant.parse(closes),
                "OPEN".equals(rs.getString("status")), rs.getLong("opened_by"), by, closedAt == null ? null : Instant.parse(closedAt),
                rs.getInt("council_size"));
    }

    private static ItemRow item(ResultSet rs) throws SQLException {
        long pid = rs.getLong("proposal_id");
        Long proposalId = rs.wasNull() ? null : pid;
        long cand = rs.getLong("candidate_staff_id");
        Long candidate = rs.wasNull() ? null : cand;
        int yes = rs.getInt("yes_count");
        Integer y = rs.wasNull() ? null : yes;
        int no = rs.getInt("no_count");
        Integer n = rs.wasNull() ? null : no;
        int el = rs.getInt("eligible");
        Integer e = rs.wasNull() ? null : el;
        int passed = rs.getInt("passed");
        Boolean p = rs.wasNull() ? null : passed == 1;
        return new ItemRow(rs.getLong("id"), rs.getLong("vote_id"), proposalId, rs.getInt("position"), rs.getString("title_code"),
                rs.getString("subject"), Proposal.Kind.valueOf(rs.getString("kind")), rs.getString("form_code"), candidate,
                new BigDecimal(rs.getString("threshold")), y, n, e, p);
    }

}
