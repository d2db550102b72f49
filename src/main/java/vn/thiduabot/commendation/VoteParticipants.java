package vn.thiduabot.commendation;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who took part in a closed vote, as {@link CommendationStore#forgetChoices} keeps it after the tally: in
 * the bot, or in writing with the secretary's note. Never what anyone chose.
 */
@Repository
class VoteParticipants {

    /** A member with a written ballot and its note (null for a member who voted only in the bot). */
    record Participant(long staffId, boolean inBot, String note) { }

    private final JdbcTemplate jdbc;

    VoteParticipants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> of(long voteId) {
        return jdbc.query("select staff_id, written, note from commendation_vote_participant where vote_id = ? order by staff_id",
                (rs, i) -> new Participant(rs.getLong(1), rs.getInt(2) == 0, rs.getString(3)), voteId);
    }
}
