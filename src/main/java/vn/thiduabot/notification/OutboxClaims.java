package vn.thiduabot.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's SQL that differs between databases, in one place: taking messages to send (a claim with
 * a lease) and forgetting delivered ones. Both variants sit side by side, chosen once by the database's
 * product name: SQLite (one writer, which serialises claims by itself) and PostgreSQL (several bot
 * instances on one database, kept apart by row locks).
 *
 * <p>What may be claimed: a chat's <em>head</em>, its oldest PENDING row, when it is due and under no
 * live claim. A chat's second message is therefore never taken while its first is pending, whichever
 * instance holds the first: a chat keeps its order across instances, and at most one of its messages
 * is in flight. A claim names the instance ({@code claimed_by}) and lasts until {@code claimed_until};
 * the result of the send (delivered, postponed, failed) releases it ({@link OutboxMessage}). If an
 * instance dies with a claim, the lease runs out and another sender takes the row again; a row already
 * marked SENT is never taken again, since only PENDING rows are claimed. The lease must outlast the
 * longest send (the HTTP client's timeouts), or a slow send could be taken again by another instance.
 *
 * <p>Instants are bound as parameters through the EntityManager, so they are written and compared in
 * exactly the form Hibernate uses for the entity's columns.
 */
@Component
class OutboxClaims {

    /** What the sender says about one candidate: take it, leave it (another chat may still go), or stop looking. */
    enum Admission { TAKE, SKIP, STOP }

    /** A chat's head row, as the claim query sees it. */
    record Candidate(long id, long chatId) { }

    /*
     * SQLite: one window pass over the partial index of pending rows (V62, widened in V80), which is in
     * (chat, id) order already; rn = 1 is each chat's head, best is the chat's most urgent priority (a
     * chat with an answer waiting goes before chats with only broadcasts). Named index: without
     * statistics SQLite would rather take outbox_due and sort. No FOR UPDATE in SQLite: the claim runs in
     * one IMMEDIATE transaction (the write lock is taken at BEGIN), so no other writer sees it half done.
     */
    private static final String HEADS_SQLITE = """
            select p.id, p.chat_id from (
                select id, chat_id, not_before, claimed_until,
                       row_number() over (partition by chat_id order by id) as rn,
                       min(priority) over (partition by chat_id) as best
                from outbox_message indexed by outbox_pending_by_chat where status = 'PENDING') p
            where p.rn = 1 and p.not_before <= :now and (p.claimed_until is null or p.claimed_until <= :now)
            order by p.best, p.id
            limit :batch""";

    /*
     * PostgreSQL (two senders on one database: TwoSendersPostgresTest, e2e.TwoInstancesE2eTest). FOR UPDATE is not
     * allowed with window functions, so "head" is spelled as "no earlier PENDING row of the same chat".
     * FOR UPDATE OF o SKIP LOCKED: a head another instance is claiming at this moment is skipped, not
     * waited for; once that claim commits, its live claimed_until excludes the row. A chat's second row
     * is never a head while its first is PENDING (claimed by anyone or not), so two instances can never
     * send one chat's messages out of order or at the same time. Under READ COMMITTED a row whose lock
     * we waited for is re-checked by PostgreSQL against the WHERE clause; SKIP LOCKED avoids the wait.
     * Served by the partial index outbox_claimable (chat_id, id) include (...) where status = 'PENDING'.
     */
    private static final String HEADS_POSTGRESQL = """
            select o.id, o.chat_id from outbox_message o
            where o.status = 'PENDING' and o.not_before <= :now
              and (o.claimed_until is null or o.claimed_until <= :now)
              and not exists (select 1 from outbox_message e
                              where e.chat_id = o.chat_id and e.status = 'PENDING' and e.id < o.id)
            order by (select min(b.priority) from outbox_message b where b.chat_id = o.chat_id and b.status = 'PENDING'),
                     o.id
            limit :batch
            for update of o skip locked""";

    /** Both databases: takes the row only if it is still pending and free (guards any race the select left open). */
    private static final String CLAIM = """
            update outbox_message set claimed_by = :me, claimed_until = :until
            where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until <= :now)""";

    private static final String RELEASE = "update outbox_message set claimed_by = null, claimed_until = null where id = :id";

    private static final String RELEASE_ALL_OF = """
            update outbox_message set claimed_by = null, claimed_until = null
            where claimed_by = :me and status = 'PENDING'""";

    /** SQLite: reads only the sent rows (partial index outbox_sent_at, V62). PostgreSQL has no "indexed by". */
    private static final String DELETE_SENT_SQLITE =
            "delete from outbox_message indexed by outbox_sent_at where status = 'SENT' and sent_at <= :upTo";
    private static final String DELETE_SENT_POSTGRESQL = "delete from outbox_message where status = 'SENT' and sent_at <= :upTo";

    @PersistenceContext
    private EntityManager em;
    private final TransactionTemplate tx;
    private final boolean postgresql;

    OutboxClaims(DataSource dataSource, TransactionTemplate tx) {
        this.tx = tx;
        this.postgresql = GlobalBudgetChoice.isPostgresql(dataSource);
    }

    /**
     * In one transaction: reads up to {@code batch} claimable heads (most urgent chats first, then
     * oldest first), asks {@code admit} about each, and claims those it takes, up to {@code max}, for
     * {@code me} until {@code until}. Returns the claimed rows, oldest-first within their urgency.
     */
    List<OutboxMessage> claim(String me, Instant now, Instant until, int max, int batch, Function<Candidate, Admission> admit) {
        if (max <= 0) {
            return List.of();
        }
        return tx.execute(s -> {
            @SuppressWarnings("unchecked")
            List<Object[]> heads = em.createNativeQuery(postgresql ? HEADS_POSTGRESQL : HEADS_SQLITE)
                    .setParameter("now", now).setParameter("batch", batch).getResultList();
            List<Long> taken = new ArrayList<>();
            for (Object[] head : heads) {
                if (taken.size() >= max) {
                    break;
                }
                Candidate c = new Candidate(((Number) head[0]).longValue(), ((Number) head[1]).longValue());
                Admission a = admit.apply(c);
                if (a == Admission.STOP) {
                    break;
                }
                if (a == Admission.TAKE && em.createNativeQuery(CLAIM).setParameter("me", me).setParameter("until", until)
                        .setParameter("id", c.id()).setParameter("now", now).executeUpdate() == 1) {
                    taken.add(c.id());
                }
            }
            List<OutboxMessage> rows = new ArrayList<>();
            for (Long id : taken) {
                rows.add(em.find(OutboxMessage.class, id));
            }
            return rows;
        });
    }

    /** Gives a claimed row back without a result (it was not sent): due again at once. */
    void release(long id) {
        tx.executeWithoutResult(s -> em.createNativeQuery(RELEASE).setParameter("id", id).executeUpdate());
    }

    /**
     * Frees the claims an earlier life of this instance left behind (it crashed mid-send): they would
     * otherwise wait for their lease to run out. Safe only because instance ids are unique per live
     * instance; the rows were not marked sent, so the crash may have sent them once already (the
     * platform's answer never reached us) and nobody can know.
     */
    int releaseAllOf(String me) {
        Integer n = tx.execute(s -> em.createNativeQuery(RELEASE_ALL_OF).setParameter("me", me).executeUpdate());
        return n == null ? 0 : n;
    }

    /** Forgets rows delivered at or before {@code upTo}; runs in the caller's transaction. */
    int deleteSentUpTo(Instant upTo) {
        return em.createNativeQuery(postgresql ? DELETE_SENT_POSTGRESQL : DELETE_SENT_SQLITE)
                .setParameter("upTo", upTo).executeUpdate();
    }

    /** The claimable heads at {@code now}, in claim order, without claiming them (for tests and admins). */
    List<Long> claimableAt(Instant now) {
        return tx.execute(s -> {
            @SuppressWarnings("unchecked")
            List<Object[]> heads = em.createNativeQuery(postgresql ? HEADS_POSTGRESQL : HEADS_SQLITE)
                    .setParameter("now", now).setParameter("batch", 1000).getResultList();
            return heads.stream().map(h -> ((Number) h[0]).longValue()).toList();
        });
    }
}
