package vn.thiduabot.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thiduabot.campaign.Discipline;
import vn.thiduabot.campaign.StaffRating;

/**
 * The facts the title rules read about people (commendation_person) and the teams' own completion
 * levels (commendation_team), in SQL. Every method joins the caller's transaction.
 */
@Repository
class PersonFactsStore {

    private final JdbcTemplate jdbc;

    PersonFactsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- people's facts ----------------------------------------------------------------------------

    record PersonRow(long staffId, StaffRating rating, PersonFacts.RatingSource ratingSource, Discipline discipline,
                     String initiativeName, String initiativeDecision, String researchName, String researchDecision,
                     LocalDate researchDate, LocalDate startDate) {

        static PersonRow empty(long staffId) {
            return new PersonRow(staffId, null, null, Discipline.NONE, null, null, null, null, null, null);
        }

        PersonRow withRating(StaffRating r, PersonFacts.RatingSource source) {
            return new PersonRow(staffId, r, source, discipline, initiativeName, initiativeDecision, researchName, researchDecision,
                    researchDate, startDate);
        }

        PersonRow withDiscipline(Discipline d) {
            return new PersonRow(staffId, rating, ratingSource, d, initiativeName, initiativeDecision, researchName, researchDecision,
                    researchDate, startDate);
        }

        PersonRow withInitiative(String name, String decision) {
            return new PersonRow(staffId, rating, ratingSource, discipline, name, decision, researchName, researchDecision, researchDate,
                    startDate);
        }

        /** Research with its acceptance decision (number and date); all null clears it. */
        PersonRow withResearch(String name, String decision, LocalDate decided) {
            return new PersonRow(staffId, rating, ratingSource, discipline, initiativeName, initiativeDecision, name, decision, decided,
                    startDate);
        }

        /** The day the person started work at the school; null: before this school year. */
        PersonRow withStartDate(LocalDate start) {
            return new PersonRow(staffId, rating, ratingSource, discipline, initiativeName, initiativeDecision, researchName,
                    researchDecision, researchDate, start);
        }
    }

    Map<Long, PersonRow> people(String year) {
        Map<Long, PersonRow> out = new HashMap<>();
        jdbc.query("select * from commendation_person where school_year = ?", rs -> {
            PersonRow r = person(rs);
            out.put(r.staffId(), r);
        }, year);
        return out;
    }

    PersonRow person(String year, long staffId) {
        return jdbc.query("select * from commendation_person where school_year = ? and staff_id = ?", (rs, i) -> person(rs), year, staffId)
                .stream().findFirst().orElse(PersonRow.empty(staffId));
    }

    void savePerson(String year, PersonRow p, Long by, Instant now) {
        jdbc.update("""
                insert into commendation_person (school_year, staff_id, rating, rating_source, discipline, initiative_name,
                    initiative_decision, research_name, research_decision, research_decision_date, start_date, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (school_year, staff_id) do update set rating = excluded.rating, rating_source = excluded.rating_source,
                    discipline = excluded.discipline, initiative_name = excluded.initiative_name,
                    initiative_decision = excluded.initiative_decision, research_name = excluded.research_name,
                    research_decision = excluded.research_decision, research_decision_date = excluded.research_decision_date,
                    start_date = excluded.start_date, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, year, p.staffId(), p.rating() == null ? null : p.rating().name(),
                p.ratingSource() == null ? null : p.ratingSource().name(), p.discipline().name(), p.initiativeName(),
                p.initiativeDecision(), p.researchName(), p.researchDecision(), text(p.researchDate()), text(p.startDate()),
                by, now.toString());
    }

    private static PersonRow person(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        String source = rs.getString("rating_source");
        return new PersonRow(rs.getLong("staff_id"), rating == null ? null : StaffRating.valueOf(rating),
                source == null ? null : PersonFacts.RatingSource.valueOf(source), Discipline.fromStored(rs.getString("discipline")),
                rs.getString("initiative_name"), rs.getString("initiative_decision"), rs.getString("research_name"),
                rs.getString("research_decision"), date(rs.getString("research_decision_date")), date(rs.getString("start_date")));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    // --- teams' own completion levels --------------------------------------------------------------

    Map<String, StaffRating> teamCompletion(String year) {
        Map<String, StaffRating> out = new HashMap<>();
        jdbc.query("select team_name, completion from commendation_team where school_year = ?",
                rs -> {
                    String team = rs.getString("team_name");
                    StaffRating.parse(rs.getString("completion")).ifPresent(r -> out.put(team, r));
                }, year);
        return out;
    }

    void saveTeamCompletion(String year, String team, StaffRating level, long by, Instant now) {
        jdbc.update("""
                insert into commendation_team (school_year, team_name, completion, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (school_year, team_name) do update set completion = excluded.completion,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, year, team, level.name(), by, now.toString());
    }
}
