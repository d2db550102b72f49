package vn.thiduabot.fuzz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold in the database whatever people sent, read straight from the tables (see the
 * migrations): each query lists the rows that break a rule, so a failure names them.
 */
final class Invariants {

    private static final String IS_PRINCIPAL = "(s.roles like '%PRINCIPAL%' or s.roles like '%HIEU_TRUONG%')";

    private final JdbcTemplate jdbc;

    Invariants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every broken rule, one line each; empty if all hold. */
    List<String> violations(Set<Long> allowedTelegramIds) {
        List<String> v = new ArrayList<>();
        String integrity = jdbc.queryForObject("pragma integrity_check", String.class);
        if (!"ok".equals(integrity)) {
            v.add("PRAGMA integrity_check: " + integrity);
        }
        rows(v, "approved self-assessment without a principal's APPROVE event",
                "select a.id, a.staff_id from self_assessment a where a.status = 'APPROVED' and not exists (select 1 from assessment_event e"
                + " join staff_member s on s.id = e.actor_staff_id where e.assessment_id = a.id and e.action = 'APPROVE'"
                + " and e.actor_staff_id <> a.staff_id and " + IS_PRINCIPAL + ")");
        rows(v, "self-assessment reviewed or decided by its own author",
                "select e.id, e.assessment_id, e.action, e.actor_staff_id from assessment_event e join self_assessment a on a.id = e.assessment_id"
                + " where e.actor_staff_id = a.staff_id and e.action in ('TEAM_REVIEW', 'RETURN', 'PASS', 'APPROVE', 'PRINCIPAL_RETURN')");
        rows(v, "self-assessment whose reviewer columns name its author",
                "select id from self_assessment where staff_id in (coalesce(team_reviewed_by, -1), coalesce(council_reviewed_by, -1),"
                + " coalesce(decided_by, -1))");
        rows(v, "registration of an unknown person",
                "select r.id from registration r left join staff_member s on s.id = r.staff_id where s.id is null");
        rows(v, "registration change made by someone not linked to the bot",
                "select h.id from registration_history h join staff_member s on s.id = h.by_staff_id where s.telegram_user_id is null");
        rows(v, "nomination reviewed by its own nominator or nominee",
                "select e.nomination_id, e.from_status, e.to_status, a.full_name as actor, a.roles as actor_roles,"
                + " o.full_name as nominator, n.nominee_kind, n.nominee_name from nomination_event e"
                + " join nomination n on n.id = e.nomination_id join staff_member a on a.id = e.actor_staff_id"
                + " join staff_member o on o.id = n.nominator_staff_id"
                + " where e.to_status in ('TEAM_CONFIRMED', 'TEAM_REJECTED', 'COUNCIL_PASSED', 'COUNCIL_REJECTED', 'INTRODUCED',"
                + " 'NOT_INTRODUCED') and e.actor_staff_id in (n.nominator_staff_id, coalesce(n.nominee_staff_id, -1))");
        rows(v, "vote cast on one's own proposal",
                "select b.item_id, b.voter_staff_id from commendation_ballot b join commendation_vote_item i on i.id = b.item_id"
                + " where i.candidate_staff_id = b.voter_staff_id");
        rows(v, "two outbox rows with one idempotency key",
                "select idempotency_key, count(*) from outbox_message group by idempotency_key having count(*) > 1");
        rows(v, "update id recorded twice", "select update_id from processed_update group by update_id having count(*) > 1");
        List<Long> linked = jdbc.queryForList("select telegram_user_id from staff_member where telegram_user_id is not null", Long.class);
        List<Long> wrong = linked.stream().filter(id -> !allowedTelegramIds.contains(id)).toList();
        if (!wrong.isEmpty()) {
            v.add("staff linked to a Telegram account that is not theirs: " + wrong);
        }
        return v;
    }

    /** Update ids (of those given) that have no processed_update row. */
    List<Long> unrecorded(Collection<Long> updateIds) {
        Set<Long> recorded = jdbc.queryForList("select update_id from processed_update", Long.class).stream().collect(Collectors.toSet());
        return updateIds.stream().filter(id -> !recorded.contains(id)).toList();
    }

    /** How far the fuzzer got: rows per status in the features' tables, e.g. "self_assessment {APPROVED=1, DRAFT=4}". */
    List<String> coverage() {
        List<String> lines = new ArrayList<>();
        for (String table : List.of("registration", "collective_registration", "self_assessment", "nomination", "commendation_proposal",
                "commendation_vote", "invite_code")) {
            String column = table.startsWith("commendation_proposal") ? "kind" : table.equals("invite_code")
                    ? "case when used_at is null then 'unused' else 'used' end" : "status";
            Map<String, Object> counts = new java.util.TreeMap<>();
            jdbc.queryForList("select " + column + " as k, count(*) as n from " + table + " group by 1")
                    .forEach(r -> counts.put(String.valueOf(r.get("k")), r.get("n")));
            lines.add(table + " " + counts);
        }
        lines.add("commendation_ballot " + jdbc.queryForObject("select count(*) from commendation_ballot", Integer.class)
                + ", outbox_message " + jdbc.queryForObject("select count(*) from outbox_message", Integer.class)
                + ", linked staff " + jdbc.queryForObject("select count(*) from staff_member where telegram_user_id is not null", Integer.class));
        return lines;
    }

    /** The newest outbox row's id (0 if none). */
    long lastOutboxId() {
        Long id = jdbc.queryForObject("select max(id) from outbox_message", Long.class);
        return id == null ? 0 : id;
    }

    /** How many outbox rows for this chat were written after the row {@code afterId}. */
    int rowsFor(long chatId, long afterId) {
        return jdbc.queryForObject("select count(*) from outbox_message where id > ? and chat_id = ?", Integer.class, afterId, chatId);
    }

    private void rows(List<String> v, String rule, String sql) {
        List<String> found = jdbc.queryForList(sql).stream().map(Object::toString).limit(10).toList();
        if (!found.isEmpty()) {
            v.add(rule + ": " + found);
        }
    }
}
