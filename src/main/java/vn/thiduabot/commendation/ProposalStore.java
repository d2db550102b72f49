package vn.thiduabot.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The year's proposals (commendation_proposal), in SQL. Every method joins the caller's transaction.
 * Names of people are not stored here: the staff directory gives them.
 */
@Repository
class ProposalStore {

    private final JdbcTemplate jdbc;

    ProposalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- proposals ---------------------------------------------------------------------------------

    List<Proposal> proposals(String year) {
        return jdbc.query("select * from commendation_proposal where school_year = ? order by kind desc, id", (rs, i) -> proposal(rs), year);
    }

    Optional<Proposal> proposal(long id) {
        return jdbc.query("select * from commendation_proposal where id = ?", (rs, i) -> proposal(rs), id).stream().findFirst();
    }

    Optional<Proposal> individualFor(String year, long staffId) {
        return jdbc.query("select * from commendation_proposal where school_year = ? and kind = 'INDIVIDUAL' and staff_id = ?",
                (rs, i) -> proposal(rs), year, staffId).stream().findFirst();
    }

    Optional<Proposal> collectiveFor(String year, String team) {
        return jdbc.query("select * from commendation_proposal where school_year = ? and kind = 'COLLECTIVE' and team_name = ?",
                (rs, i) -> proposal(rs), year, team).stream().findFirst();
    }

    long insertProposal(String year, Proposal.Kind kind, Long staffId, String team, String title, String form, String source,
                        Long by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into commendation_proposal (school_year, kind, staff_id, team_name, title_code, form_code, source,
                        created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, year);
            ps.setString(2, kind.name());
            ps.setObject(3, staffId);
            ps.setString(4, team);
            ps.setString(5, title);
            ps.setString(6, form);
            ps.setString(7, source);
            ps.setObject(8, by);
            ps.setString(9, now.toString());
            ps.setString(10, now.toString());
            return ps;
        }, keys);
        return GeneratedIds.of(keys);
    }

    void updateProposal(long id, String title, String form, Instant now) {
        jdbc.update("update commendation_proposal set title_code = ?, form_code = ?, updated_at = ? where id = ?", title, form,
                now.toString(), id);
    }

    void deleteProposal(long id) {
        jdbc.update("delete from commendation_proposal where id = ?", id);
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        long staff = rs.getLong("staff_id");
        Long staffId = rs.wasNull() ? null : staff;
        return new Proposal(rs.getLong("id"), rs.getString("school_year"), Proposal.Kind.valueOf(rs.getString("kind")), staffId,
                rs.getString("team_name"), null, rs.getString("title_code"), rs.getString("form_code"));
    }
}
